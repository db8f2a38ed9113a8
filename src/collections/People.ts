import type { CollectionConfig } from 'payload'

import { editors } from '../access/editors'
import { keepLiveContentToEditors } from '../access/publicChanges'
import { publicFromField } from '../access/publicFrom'
import { personAfterChange, personAfterDelete } from '../access/publicFromHooks'
import { staff } from '../access/staff'
import { staffOrPublicPerson } from '../access/staffOrPublicPerson'
import { label } from '../fields/localizedLabel'
import { requiredInDefaultLocale } from '../fields/requiredInDefaultLocale'

export const People: CollectionConfig = {
  slug: 'people',
  labels: { singular: label('Osoba', 'Person'), plural: label('Osoby', 'People') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'role', 'organisation'],
    group: label('Treści', 'Content'),
  },
  access: { read: staffOrPublicPerson, create: staff, update: staff, delete: editors },
  hooks: {
    beforeOperation: [keepLiveContentToEditors],
    afterChange: [personAfterChange],
    afterDelete: [personAfterDelete],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      // Per language (a Ukrainian release names the mayor in Cyrillic); a language with none
      // shows the Polish form (the localization fallback), so only the Polish one is required:
      // `required` would ask for it in every language an editor saves the role in.
      localized: true,
      validate: requiredInDefaultLocale,
      label: label('Imię i nazwisko', 'Name'),
      admin: {
        description: label(
          'W każdym języku tak, jak się je tam zapisuje (np. po ukraińsku cyrylicą); bez wersji w danym języku – forma polska.',
          'As it is written in each language (e.g. in Cyrillic in Ukrainian); a language without one shows the Polish form.',
        ),
      },
    },
    {
      name: 'role',
      type: 'text',
      localized: true,
      required: true,
      label: label('Funkcja', 'Role or title'),
      admin: { description: label('Np. Prezydent Miasta', 'E.g. Mayor of the City') },
    },
    { name: 'organisation', type: 'text', label: label('Instytucja', 'Organisation') },
    { name: 'photo', type: 'upload', relationTo: 'media', label: label('Zdjęcie', 'Photo') },
    publicFromField,
  ],
}
