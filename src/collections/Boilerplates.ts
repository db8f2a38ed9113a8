import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { editors } from '../access/editors'
import { keepLiveContentToEditors } from '../access/publicChanges'
import { staff } from '../access/staff'
import { label } from '../fields/localizedLabel'

export const Boilerplates: CollectionConfig = {
  slug: 'boilerplates',
  labels: {
    singular: label('Nota o instytucji', 'Boilerplate'),
    plural: label('Noty o instytucji', 'Boilerplates'),
  },
  admin: { useAsTitle: 'title', group: label('Treści', 'Content') },
  access: { read: anyone, create: staff, update: staff, delete: editors },
  hooks: { beforeOperation: [keepLiveContentToEditors] },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: label('Tytuł', 'Title'),
    },
    {
      name: 'text',
      type: 'textarea',
      required: true,
      localized: true,
      label: label('Treść', 'Text'),
      admin: {
        description: label('Pusta linia oddziela akapity.', 'A blank line separates paragraphs.'),
      },
    },
  ],
}
