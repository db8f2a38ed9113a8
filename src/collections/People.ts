import type { CollectionConfig } from 'payload'

import { editors } from '../access/editors'
import { keepLiveContentToEditors } from '../access/publicChanges'
import { publicFromField } from '../access/publicFrom'
import { personAfterChange, personAfterDelete } from '../access/publicFromHooks'
import { staff } from '../access/staff'
import { staffOrPublicPerson } from '../access/staffOrPublicPerson'
import { label } from '../fields/localizedLabel'

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
    { name: 'name', type: 'text', required: true, label: label('Imię i nazwisko', 'Name') },
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
