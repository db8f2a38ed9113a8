import { ReleaseNotices as ReleaseNotices_5b7d7872574bea62c7c55c4a74bbf237 } from '../../../../src/components/ReleaseNotices'
import { ReviewPanel as ReviewPanel_f36eece6beebea9a9ed070e9a071b237 } from '../../../../src/components/ReviewPanel'
import { KeptFieldError as KeptFieldError_c255a2055421836a93a9a4e4f2cfd6f8 } from '../../../../src/components/KeptFieldError'
import { AdminLanguageDateField as AdminLanguageDateField_3119b7d5aa079699c0a2c893252124cf } from '../../../../src/components/AdminLanguageDate'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { TableFeatureClient as TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OfficeDateTimeField as OfficeDateTimeField_c94138a290f79f3cbe1cd3b8ea15f65a } from '../../../../src/components/OfficeDateTime'
import { ReleaseStatusCell as ReleaseStatusCell_d786636623c27feac46b4b271be877e3 } from '../../../../src/components/ReleaseStatusCell'
import { DistributionPanelField as DistributionPanelField_4718d1ff4c003dd6641302891940a3d4 } from '../../../../src/components/DistributionPanel/Field'
import { ScheduleHealthListBanner as ScheduleHealthListBanner_12772a71bf3040053471768d9b22ddd9 } from '../../../../src/components/ScheduleHealthBanner'
import { ImportRelease as ImportRelease_391ee58f3f1191fad0e5c60e3feded4f } from '../../../../src/components/ImportRelease'
import { ReleaseActions as ReleaseActions_1dc28dfc0d1da995e279588ddb80eda2 } from '../../../../src/components/ReleaseActions'
import { WithdrawRelease as WithdrawRelease_a930b77318668e7b42c8bcc93ad75167 } from '../../../../src/components/WithdrawRelease'
import { GuardedPublishButton as GuardedPublishButton_e419ddeb5c89386e8ee2cfedce629a1c } from '../../../../src/components/GuardedPublishButton'
import { UnpublishUnderEmbargo as UnpublishUnderEmbargo_3a2c82984754d16160a45ec40ce955de } from '../../../../src/components/UnpublishUnderEmbargo'
import { PackActions as PackActions_97f53e5939166c5c8a3616aa88115f8f } from '../../../../src/components/PackActions'
import { JournalistPrivacy as JournalistPrivacy_3fa618d4186ee6be6bbaee8423df80d1 } from '../../../../src/components/JournalistPrivacy'
import { JournalistImport as JournalistImport_a556efb4aa0c7ab6852a36d640cae481 } from '../../../../src/components/JournalistImport'
import { AuditCsv as AuditCsv_b2027bbc32d03b1b93495bd1167745ff } from '../../../../src/components/AuditCsv'
import { CrisisPanel as CrisisPanel_1ff9fa477c259e0771020040ef005174 } from '../../../../src/components/CrisisPanel'
import { ScheduleHealthBanner as ScheduleHealthBanner_12772a71bf3040053471768d9b22ddd9 } from '../../../../src/components/ScheduleHealthBanner'
import { PressOfficeDashboard as PressOfficeDashboard_c2cfdf099cdf08260baad730050e65c0 } from '../../../../src/components/PressOfficeDashboard'
import { ScheduleRefusals as ScheduleRefusals_c9b0032cd60327529570d49fb59b1eaa } from '../../../../src/components/ScheduleRefusals'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/components/ReleaseNotices#ReleaseNotices": ReleaseNotices_5b7d7872574bea62c7c55c4a74bbf237,
  "/src/components/ReviewPanel#ReviewPanel": ReviewPanel_f36eece6beebea9a9ed070e9a071b237,
  "/src/components/KeptFieldError#KeptFieldError": KeptFieldError_c255a2055421836a93a9a4e4f2cfd6f8,
  "/src/components/AdminLanguageDate#AdminLanguageDateField": AdminLanguageDateField_3119b7d5aa079699c0a2c893252124cf,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#TableFeatureClient": TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/components/OfficeDateTime#OfficeDateTimeField": OfficeDateTimeField_c94138a290f79f3cbe1cd3b8ea15f65a,
  "/src/components/ReleaseStatusCell#ReleaseStatusCell": ReleaseStatusCell_d786636623c27feac46b4b271be877e3,
  "/src/components/DistributionPanel/Field#DistributionPanelField": DistributionPanelField_4718d1ff4c003dd6641302891940a3d4,
  "/src/components/ScheduleHealthBanner#ScheduleHealthListBanner": ScheduleHealthListBanner_12772a71bf3040053471768d9b22ddd9,
  "/src/components/ImportRelease#ImportRelease": ImportRelease_391ee58f3f1191fad0e5c60e3feded4f,
  "/src/components/ReleaseActions#ReleaseActions": ReleaseActions_1dc28dfc0d1da995e279588ddb80eda2,
  "/src/components/WithdrawRelease#WithdrawRelease": WithdrawRelease_a930b77318668e7b42c8bcc93ad75167,
  "/src/components/GuardedPublishButton#GuardedPublishButton": GuardedPublishButton_e419ddeb5c89386e8ee2cfedce629a1c,
  "/src/components/UnpublishUnderEmbargo#UnpublishUnderEmbargo": UnpublishUnderEmbargo_3a2c82984754d16160a45ec40ce955de,
  "/src/components/PackActions#PackActions": PackActions_97f53e5939166c5c8a3616aa88115f8f,
  "/src/components/JournalistPrivacy#JournalistPrivacy": JournalistPrivacy_3fa618d4186ee6be6bbaee8423df80d1,
  "/src/components/JournalistImport#JournalistImport": JournalistImport_a556efb4aa0c7ab6852a36d640cae481,
  "/src/components/AuditCsv#AuditCsv": AuditCsv_b2027bbc32d03b1b93495bd1167745ff,
  "/src/components/CrisisPanel#CrisisPanel": CrisisPanel_1ff9fa477c259e0771020040ef005174,
  "/src/components/ScheduleHealthBanner#ScheduleHealthBanner": ScheduleHealthBanner_12772a71bf3040053471768d9b22ddd9,
  "/src/components/PressOfficeDashboard#PressOfficeDashboard": PressOfficeDashboard_c2cfdf099cdf08260baad730050e65c0,
  "/src/components/ScheduleRefusals#ScheduleRefusals": ScheduleRefusals_c9b0032cd60327529570d49fb59b1eaa,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
