import type { CollectionConfig } from 'payload'

import { admins } from '../access/admins'
import { staff } from '../access/staff'
import { linkFormats } from '../distribution/linkFormats'
import { label } from '../fields/localizedLabel'

/**
 * One use of a personal link: when, and which format. A row of its own per use, so two uses at
 * the same moment are two inserts and neither can be lost. "Opened" counts the deliveries that
 * have one. Written by the link handler only.
 */
export const LinkUses: CollectionConfig = {
  slug: 'link-uses',
  labels: {
    singular: label('Użycie linku', 'Link use'),
    plural: label('Użycia linków', 'Link uses'),
  },
  admin: {
    defaultColumns: ['delivery', 'at', 'format'],
    group: label('Dystrybucja', 'Distribution'),
  },
  access: { read: staff, create: () => false, update: () => false, delete: admins },
  fields: [
    // Not required: deleting a delivery must not be blocked by its log.
    { name: 'delivery', type: 'relationship', relationTo: 'deliveries', index: true },
    { name: 'release', type: 'relationship', relationTo: 'press-releases', index: true },
    { name: 'at', type: 'date', required: true },
    { name: 'format', type: 'select', required: true, options: [...linkFormats] },
  ],
}
