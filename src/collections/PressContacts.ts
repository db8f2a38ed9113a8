import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { editors } from '../access/editors'
import { keepLiveContentToEditors } from '../access/publicChanges'
import { staff } from '../access/staff'
import { label } from '../fields/localizedLabel'

export const PressContacts: CollectionConfig = {
  slug: 'press-contacts',
  labels: {
    singular: label('Kontakt dla mediów', 'Press contact'),
    plural: label('Kontakty dla mediów', 'Press contacts'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'role', 'email', 'phone'],
    group: label('Treści', 'Content'),
  },
  access: { read: anyone, create: staff, update: staff, delete: editors },
  hooks: { beforeOperation: [keepLiveContentToEditors] },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('Imię i nazwisko', 'Name') },
    { name: 'role', type: 'text', localized: true, label: label('Funkcja', 'Role') },
    { name: 'email', type: 'email', required: true, label: label('E-mail', 'Email') },
    { name: 'phone', type: 'text', label: label('Telefon', 'Phone') },
  ],
}
