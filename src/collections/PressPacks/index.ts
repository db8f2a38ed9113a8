import type { CollectionConfig } from 'payload'

import { editors } from '../../access/editors'
import { guardDraftsAndPublication, onlyEditorsPublish } from '../../access/publicChanges'
import {
  packAfterChange,
  packAfterDelete,
  rememberLiveCitations,
} from '../../access/publicFromHooks'
import { staff } from '../../access/staff'
import {
  recordDeletion,
  recordPublicationChange,
  rememberLiveDeciding,
} from '../../audit/hooks/publication'
import { staffOrPublicPack } from '../../access/staffOrPublicPack'
import { firstPublishedAtField, stampFirstPublication } from '../../fields/firstPublishedAt'
import { label } from '../../fields/localizedLabel'
import { keepPublicationState, noteOmittedStatus } from '../../lib/publicationState'
import { slugField } from '../../fields/slug'
import { reviewFields, reviewPanelField } from '../../review/fields'
import { applySecondPairOfEyes, noteRestore } from '../../review/hooks'
import { reviewEndpoints } from '../../review/endpoints'
import { packEndpoints } from './endpoints'

export const PressPacks: CollectionConfig = {
  slug: 'press-packs',
  labels: {
    singular: label('Pakiet prasowy', 'Press pack'),
    plural: label('Pakiety prasowe', 'Press packs'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'date', '_status'],
    group: label('Treści', 'Content'),
    components: {
      edit: {
        beforeDocumentControls: ['/src/components/PackActions#PackActions'],
        // Authors get "Przekaż do akceptacji"; an editor publishing their own pack gives a reason.
        PublishButton: '/src/components/GuardedPublishButton#GuardedPublishButton',
      },
    },
  },
  access: {
    read: staffOrPublicPack,
    readVersions: staff,
    create: staff,
    update: staff,
    delete: editors,
  },
  hooks: {
    beforeOperation: [guardDraftsAndPublication, noteOmittedStatus, noteRestore],
    beforeChange: [
      keepPublicationState,
      onlyEditorsPublish,
      applySecondPairOfEyes,
      rememberLiveCitations,
      rememberLiveDeciding,
      stampFirstPublication,
    ],
    afterChange: [packAfterChange, recordPublicationChange],
    afterDelete: [packAfterDelete, recordDeletion],
  },
  versions: { maxPerDoc: 30, drafts: true },
  endpoints: [...packEndpoints, ...reviewEndpoints('press-packs')],
  fields: [
    reviewPanelField(),
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: label('Tytuł', 'Title'),
    },
    {
      name: 'date',
      type: 'date',
      required: true,
      defaultValue: () => new Date().toISOString(),
      label: label('Data', 'Date'),
      admin: {
        components: { Field: '/src/components/AdminLanguageDate#AdminLanguageDateField' },
        date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' },
      },
    },
    { name: 'intro', type: 'textarea', localized: true, label: label('Wstęp', 'Introduction') },
    {
      name: 'releases',
      type: 'relationship',
      relationTo: 'press-releases',
      hasMany: true,
      required: true,
      label: label('Informacje prasowe (w kolejności)', 'Press releases (in order)'),
      admin: { isSortable: true },
    },
    {
      name: 'coverImage',
      type: 'upload',
      relationTo: 'media',
      label: label('Okładka', 'Cover image'),
    },
    slugField('title', 'press-packs'),
    firstPublishedAtField,
    ...reviewFields(),
  ],
}
