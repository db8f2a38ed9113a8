import type { CollectionConfig } from 'payload'

import {
  EXPERIMENTAL_TableFeature,
  FixedToolbarFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'

import { editors } from '../../access/editors'
import { guardDraftsAndPublication, onlyEditorsPublish } from '../../access/publicChanges'
import {
  rememberLiveCitations,
  releaseAfterChange,
  releaseAfterDelete,
} from '../../access/publicFromHooks'
import { staff } from '../../access/staff'
import {
  recordDeletion,
  recordPublicationChange,
  rememberLiveDeciding,
} from '../../audit/hooks/publication'
import { staffOrPublicRelease } from '../../access/staffOrPublicRelease'
import { correctionEndpoints } from '../../corrections/endpoints'
import { changeFields } from '../../corrections/fields'
import { recordPublishedChange, requireChangeNote } from '../../corrections/hooks'
import { distributionEndpoints } from '../../distribution/endpoints'
import { queueOnPublication } from '../../distribution/hooks/queueOnPublication'
import { releaseLinkEndpoints } from '../../distribution/linkEndpoints'
import { firstPublishedAtField, stampFirstPublication } from '../../fields/firstPublishedAt'
import { label } from '../../fields/localizedLabel'
import {
  firstPublishedByField,
  recordFirstPublication,
  responsiblePersonField,
  stampFirstPublisher,
} from '../../record/fields'
import { keepPublicationState, noteOmittedStatus } from '../../lib/publicationState'
import { slugField } from '../../fields/slug'
import { reviewFields, reviewPanelField } from '../../review/fields'
import { applySecondPairOfEyes, noteRestore } from '../../review/hooks'
import { reviewEndpoints } from '../../review/endpoints'
import { reviewQueueEndpoint } from '../../review/queueEndpoint'
import { releaseEndpoints } from './endpoints'
import { checkEmbargoTime, embargoUntilValid } from './hooks/checkEmbargoTime'
import { clearEmbargoOfImmediate } from './hooks/clearEmbargoOfImmediate'
import { maintainSearchText } from './hooks/maintainSearchText'
import { requireAltText } from './hooks/requireAltText'
import { requireApprovedQuotes } from './hooks/requireApprovedQuotes'
import { readPublicationStatus } from './hooks/readPublicationStatus'
import { readScheduledPublication } from './hooks/readScheduledPublication'
import { reslugProvisional } from './hooks/reslugProvisional'
import { stillProvisional } from './hooks/stillProvisional'
import { keepWithdrawal, withdrawalField } from '../../withdrawal/fields'
import { withdrawalEndpoints } from '../../withdrawal/endpoints'

export const PressReleases: CollectionConfig = {
  slug: 'press-releases',
  labels: {
    singular: label('Informacja prasowa', 'Press release'),
    plural: label('Informacje prasowe', 'Press releases'),
  },
  admin: {
    useAsTitle: 'headline',
    defaultColumns: ['headline', 'publicationStatus', 'date', 'releaseType', 'updatedAt'],
    group: label('Treści', 'Content'),
    listSearchableFields: ['headline', 'slug', 'lead'],
    components: {
      beforeList: [
        '/src/components/ScheduleHealthBanner#ScheduleHealthListBanner',
        '/src/components/ImportRelease#ImportRelease',
      ],
      edit: {
        beforeDocumentControls: [
          '/src/components/ReleaseActions#ReleaseActions',
          '/src/components/WithdrawRelease#WithdrawRelease',
        ],
        PublishButton: '/src/components/GuardedPublishButton#GuardedPublishButton',
        UnpublishButton: '/src/components/UnpublishUnderEmbargo#UnpublishUnderEmbargo',
      },
    },
  },
  access: {
    read: staffOrPublicRelease,
    readVersions: staff,
    create: staff,
    update: staff,
    delete: editors,
  },
  versions: {
    maxPerDoc: 100,
    // The drawer's time list: a 24-hour clock, every 5 minutes.
    drafts: { schedulePublish: { timeFormat: 'HH:mm', timeIntervals: 5 } },
  },
  hooks: {
    beforeOperation: [guardDraftsAndPublication, noteOmittedStatus, reslugProvisional, noteRestore],
    beforeValidate: [checkEmbargoTime],
    beforeChange: [
      keepPublicationState,
      clearEmbargoOfImmediate,
      onlyEditorsPublish,
      applySecondPairOfEyes,
      requireChangeNote,
      requireApprovedQuotes,
      requireAltText,
      rememberLiveCitations,
      rememberLiveDeciding,
      stampFirstPublication,
      stampFirstPublisher,
      keepWithdrawal,
    ],
    afterChange: [
      releaseAfterChange,
      queueOnPublication,
      recordPublicationChange,
      recordFirstPublication,
      recordPublishedChange,
    ],
    afterDelete: [releaseAfterDelete, recordDeletion],
  },
  endpoints: [
    ...releaseEndpoints,
    reviewQueueEndpoint,
    ...reviewEndpoints('press-releases'),
    ...distributionEndpoints,
    ...correctionEndpoints,
    ...releaseLinkEndpoints,
    ...withdrawalEndpoints,
  ],
  fields: [
    {
      name: 'notices',
      type: 'ui',
      admin: {
        components: { Field: '/src/components/ReleaseNotices#ReleaseNotices' },
        disableListColumn: true,
      },
    },
    reviewPanelField(),
    ...changeFields(),
    {
      name: 'headline',
      type: 'text',
      required: true,
      localized: true,
      label: label('Tytuł', 'Headline'),
    },
    {
      // An import without a headline puts its first sentence here and in `headline`; read back,
      // it is there only while the headline is still that sentence (the admin's notice shows it).
      name: 'provisionalHeadline',
      type: 'text',
      localized: true,
      admin: { hidden: true, disableListColumn: true, disableListFilter: true },
      hooks: { afterRead: [stillProvisional] },
    },
    { name: 'subheadline', type: 'text', localized: true, label: label('Podtytuł', 'Subheadline') },
    {
      type: 'row',
      fields: [
        {
          name: 'place',
          type: 'text',
          required: true,
          defaultValue: 'Kraków',
          label: label('Miejscowość', 'Place'),
          admin: { width: '50%' },
        },
        {
          name: 'date',
          type: 'date',
          required: true,
          defaultValue: () => new Date().toISOString(),
          label: label('Data', 'Date'),
          admin: {
            width: '50%',
            components: { Field: '/src/components/AdminLanguageDate#AdminLanguageDateField' },
            date: {
              pickerAppearance: 'dayOnly',
              displayFormat: 'd MMMM yyyy',
              // Typed text is read in this form only, never guessed ("7" would be July 2001).
              overrides: { strictParsing: true },
            },
          },
        },
      ],
    },
    {
      name: 'lead',
      type: 'textarea',
      localized: true,
      label: label('Lead', 'Lead'),
      admin: {
        description: label(
          'Pierwszy akapit: kto, co, kiedy, gdzie.',
          'First paragraph: who, what, when, where.',
        ),
      },
    },
    {
      name: 'body',
      type: 'richText',
      localized: true,
      label: label('Treść', 'Body'),
      // Tables (timetables, figures, results); the fixed toolbar is where "+ → Table" lives.
      editor: lexicalEditor({
        features: ({ defaultFeatures }) => [
          ...defaultFeatures,
          FixedToolbarFeature(),
          EXPERIMENTAL_TableFeature(),
        ],
      }),
    },
    {
      // Easy-to-read text (act of 19 July 2019, art. 6): optional, per language.
      name: 'easyRead',
      type: 'textarea',
      localized: true,
      label: label('Tekst łatwy do czytania', 'Easy-to-read text'),
      admin: {
        description: label(
          'Nieobowiązkowy. Krótkie zdania, proste słowa, jedna myśl w zdaniu. Akapity oddziel pustą linią.',
          'Optional. Short sentences, plain words, one idea per sentence. Separate paragraphs with a blank line.',
        ),
      },
    },
    {
      name: 'quotes',
      type: 'relationship',
      relationTo: 'quotes',
      hasMany: true,
      label: label('Cytaty', 'Quotes'),
      admin: {
        description: label(
          'Tylko zatwierdzone cytaty można opublikować.',
          'Only approved quotes can be published.',
        ),
      },
    },
    {
      name: 'media',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: label('Zdjęcia i załączniki', 'Photos and attachments'),
    },
    {
      name: 'boilerplates',
      type: 'relationship',
      relationTo: 'boilerplates',
      hasMany: true,
      label: label('Noty o instytucji', 'Boilerplates'),
    },
    {
      name: 'contacts',
      type: 'relationship',
      relationTo: 'press-contacts',
      hasMany: true,
      label: label('Kontakt dla mediów', 'Media contacts'),
    },
    slugField('headline', 'press-releases'),
    ...reviewFields(),
    {
      name: 'releaseType',
      type: 'select',
      required: true,
      defaultValue: 'immediate',
      label: label('Rodzaj', 'Release type'),
      options: [
        {
          value: 'immediate',
          label: label('Do natychmiastowej publikacji', 'For immediate release'),
        },
        { value: 'embargoed', label: label('Z embargiem', 'Embargoed') },
      ],
      admin: {
        position: 'sidebar',
        description: label(
          'Do natychmiastowej publikacji: dziennikarze widzą informację od chwili opublikowania (zapis usuwa czas embarga). Z embargiem: dopiero od podanej godziny.',
          'For immediate release: journalists see it from the moment it is published (saving removes the embargo time). Embargoed: only from the time given.',
        ),
      },
    },
    {
      name: 'embargoUntil',
      type: 'date',
      index: true,
      label: label('Embargo do', 'Embargoed until'),
      admin: {
        position: 'sidebar',
        components: { Field: '/src/components/OfficeDateTime#OfficeDateTimeField' },
        condition: (data) => data?.releaseType === 'embargoed',
        description: label(
          'Do tej chwili informacja jest niewidoczna publicznie, nawet opublikowana.',
          'Until then the release stays hidden from the public, even when published.',
        ),
      },
      validate: embargoUntilValid,
    },
    responsiblePersonField,
    {
      name: 'topics',
      type: 'text',
      hasMany: true,
      label: label('Tematy', 'Topics'),
      admin: { position: 'sidebar' },
    },
    {
      // The newsroom's search (src/newsroom/search.ts) looks here: headline, lead and body folded.
      name: 'searchText',
      type: 'textarea',
      localized: true,
      admin: { hidden: true, disableListColumn: true, disableListFilter: true },
      hooks: { beforeChange: [maintainSearchText] },
    },
    firstPublishedAtField,
    firstPublishedByField,
    withdrawalField,
    {
      name: 'scheduledPublication',
      type: 'json',
      virtual: true,
      label: label('Zaplanowana publikacja', 'Scheduled publication'),
      admin: {
        readOnly: true,
        position: 'sidebar',
        disableListColumn: true,
        disableListFilter: true,
        // Shown as a banner above the form (ReleaseNotices) rather than as raw JSON.
        hidden: true,
      },
      hooks: { afterRead: [readScheduledPublication] },
    },
    {
      name: 'publicationStatus',
      type: 'json',
      virtual: true,
      label: label('Status publikacji', 'Publication status'),
      admin: {
        hidden: true,
        disableListFilter: true,
        components: { Cell: '/src/components/ReleaseStatusCell#ReleaseStatusCell' },
      },
      hooks: { afterRead: [readPublicationStatus] },
    },
    {
      // The "Dystrybucja / Distribution" panel: lists, sending, deliveries, link uses, revoking.
      name: 'distribution',
      type: 'ui',
      admin: {
        components: { Field: '/src/components/DistributionPanel/Field#DistributionPanelField' },
        disableListColumn: true,
      },
    },
  ],
}
