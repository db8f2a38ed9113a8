import type { CollectionConfig } from 'payload'

import { admins } from '../access/admins'
import { staff } from '../access/staff'
import { deliveryEndpoints } from '../distribution/linkEndpoints'
import { reasonCodes } from '../distribution/reasons'
import { label } from '../fields/localizedLabel'
import { tokenKeyField } from '../fields/tokenKey'
import { locales } from '../lib/locales'

export const deliveryKinds = ['publication', 'pre-delivery', 'urgent', 'correction'] as const
export const deliveryStatuses = ['queued', 'sending', 'sent', 'failed', 'skipped'] as const

/**
 * One release sent to one journalist in one way: the audit trail. The unique index on
 * (release, journalist, kind, edition) is what makes sending exactly-once: a second distribution
 * of the same release finds the row and sends nothing new; a correction is one more edition.
 * Written by the distribution code only.
 */
export const Deliveries: CollectionConfig = {
  slug: 'deliveries',
  labels: { singular: label('Wysyłka', 'Delivery'), plural: label('Wysyłki', 'Deliveries') },
  admin: {
    defaultColumns: ['release', 'journalist', 'kind', 'status', 'attempts', 'sentAt'],
    group: label('Dystrybucja', 'Distribution'),
  },
  access: { read: staff, create: () => false, update: () => false, delete: admins },
  indexes: [{ fields: ['release', 'journalist', 'kind', 'edition'], unique: true }],
  endpoints: deliveryEndpoints,
  fields: [
    {
      name: 'release',
      type: 'relationship',
      relationTo: 'press-releases',
      required: true,
      index: true,
    },
    {
      name: 'journalist',
      type: 'relationship',
      relationTo: 'journalists',
      required: true,
      index: true,
    },
    { name: 'kind', type: 'select', required: true, options: [...deliveryKinds] },
    {
      // 'first' for the release as sent; for a correction, the time of the change it announces
      // (src/corrections/sendCorrection.ts). Filled by its default (also for the rows before it):
      // never empty, as the unique index must compare it.
      name: 'edition',
      type: 'text',
      defaultValue: 'first',
      label: label('Wydanie', 'Edition'),
    },
    { name: 'locale', type: 'select', required: true, options: [...locales] },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: [...deliveryStatuses],
    },
    // The code is what the admin shows in its language; `reason` is the same in English for API
    // readers; the detail is what the code leaves open (languages, the mail server's words).
    {
      name: 'reasonCode',
      type: 'select',
      label: label('Powód (kod)', 'Reason (code)'),
      options: [...reasonCodes],
    },
    { name: 'reasonDetail', type: 'text', label: label('Szczegóły powodu', 'Reason detail') },
    { name: 'reason', type: 'text', label: label('Powód', 'Reason') },
    { name: 'attempts', type: 'number', defaultValue: 0 },
    { name: 'leaseUntil', type: 'date', admin: { hidden: true } },
    { name: 'sendAfter', type: 'date', label: label('Nie wcześniej niż', 'Not before') },
    { name: 'sentAt', type: 'date' },
    { name: 'messageId', type: 'text' },
    { name: 'linkExpiresAt', type: 'date' },
    { name: 'revokedAt', type: 'date' },
    tokenKeyField,
  ],
}
