import type { CollectionConfig } from 'payload'

import { editors } from '../../access/editors'
import { keepLiveContentToEditors } from '../../access/publicChanges'
import { publicFromField } from '../../access/publicFrom'
import { quoteAfterChange, quoteAfterDelete } from '../../access/publicFromHooks'
import { approversOnly } from '../../access/approvers'
import { staff, staffField } from '../../access/staff'
import { staffOrCitedPublicly } from '../../access/staffOrCitedPublicly'
import { label } from '../../fields/localizedLabel'
import { quoteSummary } from '../../lib/quotes'
import { awaitingReviewEndpoint } from './endpoints/awaitingReview'
import { reviewQuoteEndpoint } from './endpoints/review'
import { recordApproval } from './hooks/recordApproval'
import { recordQuoteDecision } from '../../audit/hooks/quotes'

export const Quotes: CollectionConfig = {
  slug: 'quotes',
  labels: { singular: label('Cytat', 'Quote'), plural: label('Cytaty', 'Quotes') },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['summary', 'speaker', 'status', 'saidOn'],
    group: label('Treści', 'Content'),
  },
  access: { read: staffOrCitedPublicly, create: staff, update: staff, delete: editors },
  hooks: {
    beforeOperation: [keepLiveContentToEditors],
    beforeChange: [recordApproval],
    afterChange: [quoteAfterChange, recordQuoteDecision],
    afterDelete: [quoteAfterDelete],
  },
  endpoints: [awaitingReviewEndpoint, reviewQuoteEndpoint],
  fields: [
    {
      name: 'text',
      type: 'textarea',
      required: true,
      localized: true,
      label: label('Treść cytatu', 'Quote'),
    },
    {
      name: 'summary',
      type: 'text',
      localized: true,
      label: label('Cytat (skrót)', 'Quote (short)'),
      admin: { hidden: true },
      hooks: {
        beforeChange: [({ siblingData }) => quoteSummary(String(siblingData?.text ?? ''))],
      },
    },
    {
      name: 'speaker',
      type: 'relationship',
      relationTo: 'people',
      required: true,
      label: label('Autor wypowiedzi', 'Speaker'),
    },
    { name: 'saidOn', type: 'date', label: label('Data wypowiedzi', 'Said on') },
    { name: 'context', type: 'text', localized: true, label: label('Kontekst', 'Context') },
    { name: 'source', type: 'text', label: label('Źródło', 'Source') },
    {
      type: 'collapsible',
      label: label('Zatwierdzenie', 'Approval'),
      admin: { position: 'sidebar' },
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'pending',
          index: true,
          label: label('Status', 'Status'),
          options: [
            { value: 'pending', label: label('Czeka na zatwierdzenie', 'Pending approval') },
            { value: 'approved', label: label('Zatwierdzony', 'Approved') },
            { value: 'rejected', label: label('Odrzucony', 'Rejected') },
          ],
          access: { create: approversOnly, update: approversOnly },
        },
        {
          name: 'reviewComment',
          type: 'textarea',
          label: label('Komentarz zatwierdzającego', "Approver's comment"),
          access: { read: staffField, create: approversOnly, update: approversOnly },
        },
        {
          name: 'approvedBy',
          type: 'relationship',
          relationTo: 'users',
          label: label('Zatwierdził(a)', 'Reviewed by'),
          admin: { readOnly: true },
          access: { read: staffField, create: () => false, update: () => false },
        },
        {
          name: 'approvedAt',
          type: 'date',
          label: label('Data decyzji', 'Reviewed at'),
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
          access: { create: () => false, update: () => false },
        },
      ],
    },
    publicFromField,
  ],
}
