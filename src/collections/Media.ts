import type { CollectionConfig } from 'payload'

import path from 'node:path'

import { editors } from '../access/editors'
import { keepLiveContentToEditors } from '../access/publicChanges'
import { publicFromField } from '../access/publicFrom'
import { staff } from '../access/staff'
import { staffOrPublicMedia } from '../access/staffOrPublicMedia'
import { label } from '../fields/localizedLabel'
import { dataDir } from '../lib/settings'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('Plik', 'Media file'), plural: label('Media', 'Media') },
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'credit'],
    group: label('Treści', 'Content'),
  },
  access: { read: staffOrPublicMedia, create: staff, update: staff, delete: editors },
  hooks: { beforeOperation: [keepLiveContentToEditors] },
  upload: {
    staticDir: path.join(dataDir, 'media'),
    mimeTypes: ['image/*', 'application/pdf'],
    imageSizes: [{ name: 'print', width: 1600 }],
    adminThumbnail: 'print',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      label: label('Tekst alternatywny', 'Alt text'),
    },
    { name: 'caption', type: 'text', localized: true, label: label('Podpis', 'Caption') },
    {
      name: 'credit',
      type: 'text',
      label: label('Autor zdjęcia', 'Credit'),
      admin: {
        description: label('Np. fot. Jan Kowalski / UM', 'E.g. photo: Jan Kowalski / City Hall'),
      },
    },
    publicFromField,
  ],
}
