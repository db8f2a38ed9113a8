import type { CollectionConfig } from 'payload'

import { editors } from '../access/editors'
import { staff } from '../access/staff'
import { label } from '../fields/localizedLabel'
import { languageOptions } from '../fields/languageOptions'

/** Named groups of journalists: explicit members, and/or everyone matching topics and languages. */
export const MailingLists: CollectionConfig = {
  slug: 'mailing-lists',
  labels: {
    singular: label('Lista wysyłkowa', 'Mailing list'),
    plural: label('Listy wysyłkowe', 'Mailing lists'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'topics', 'languages'],
    group: label('Dystrybucja', 'Distribution'),
  },
  access: { read: staff, create: staff, update: staff, delete: editors },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('Nazwa', 'Name') },
    {
      name: 'members',
      type: 'relationship',
      relationTo: 'journalists',
      hasMany: true,
      label: label('Członkowie', 'Members'),
    },
    {
      type: 'collapsible',
      label: label('Reguła', 'Rule'),
      admin: {
        description: label(
          'Dodaje każdego dziennikarza z jednym z tematów i jednym z języków (puste = dowolne). Bez tematów i języków reguła nie działa.',
          'Adds every journalist with one of the topics and one of the languages (empty = any). With neither, there is no rule.',
        ),
      },
      fields: [
        { name: 'topics', type: 'text', hasMany: true, label: label('Tematy', 'Topics') },
        {
          name: 'languages',
          type: 'select',
          hasMany: true,
          options: languageOptions,
          label: label('Języki', 'Languages'),
        },
      ],
    },
  ],
}
