import type { CollectionConfig } from 'payload'

import { admins } from '../access/admins'
import { staff } from '../access/staff'
import { label } from '../fields/localizedLabel'

/**
 * The staff-only thread of a release's (or pack's) review: what an editor asked to change, with
 * the version it was about. Written by `POST …/:id/return` only (src/review/endpoints.ts).
 */
export const ReviewComments: CollectionConfig = {
  slug: 'review-comments',
  labels: {
    singular: label('Uwaga do poprawy', 'Change request'),
    plural: label('Uwagi do poprawy', 'Change requests'),
  },
  admin: {
    defaultColumns: ['release', 'comment', 'author', 'createdAt'],
    group: label('Treści', 'Content'),
    hidden: true,
  },
  access: { read: staff, create: () => false, update: () => false, delete: admins },
  fields: [
    {
      name: 'release',
      type: 'relationship',
      relationTo: 'press-releases',
      index: true,
      label: label('Informacja prasowa', 'Press release'),
    },
    {
      name: 'pack',
      type: 'relationship',
      relationTo: 'press-packs',
      index: true,
      label: label('Pakiet prasowy', 'Press pack'),
    },
    { name: 'version', type: 'text', label: label('Wersja', 'Version') },
    { name: 'comment', type: 'textarea', required: true, label: label('Komentarz', 'Comment') },
    { name: 'author', type: 'relationship', relationTo: 'users', label: label('Autor', 'Author') },
  ],
}
