import type { Field, FieldAccess } from 'payload'

import { label } from '../fields/localizedLabel'

/** Review state and the forced-publication record are for staff; the public never reads them. */
const staffOnly: FieldAccess = ({ req }) => Boolean(req.user)

/**
 * The second pair of eyes on a release or pack (src/review/workflow.ts). Only the server writes
 * these: every save takes them from the stored document, and the review endpoints and a forced
 * publication change them (src/review/hooks.ts). The admin shows them through ReviewPanel.
 */
/** The review above the form: waiting, returned with comments, a forced publication. */
export const reviewPanelField = (): Field => ({
  name: 'reviewPanel',
  type: 'ui',
  admin: {
    components: { Field: '/src/components/ReviewPanel#ReviewPanel' },
    disableListColumn: true,
  },
})

export const reviewFields = (): Field[] => [
  {
    name: 'review',
    type: 'group',
    label: label('Akceptacja', 'Review'),
    access: { read: staffOnly },
    admin: { hidden: true },
    fields: [
      {
        name: 'state',
        type: 'select',
        defaultValue: 'none',
        label: label('Stan', 'State'),
        options: [
          { value: 'none', label: label('—', '—') },
          { value: 'submitted', label: label('Czeka na akceptację', 'Awaiting review') },
          { value: 'returned', label: label('Do poprawy', 'Needs changes') },
        ],
      },
      {
        name: 'submittedBy',
        type: 'relationship',
        relationTo: 'users',
        label: label('Przekazane przez', 'Submitted by'),
      },
      { name: 'submittedAt', type: 'date', label: label('Przekazano', 'Submitted at') },
    ],
  },
  {
    name: 'forcedPublication',
    type: 'group',
    label: label('Publikacja bez drugiej pary oczu', 'Published without a second pair of eyes'),
    access: { read: staffOnly },
    admin: { hidden: true },
    fields: [
      { name: 'reason', type: 'text', label: label('Powód', 'Reason') },
      { name: 'by', type: 'relationship', relationTo: 'users', label: label('Kto', 'By') },
      { name: 'at', type: 'date', label: label('Kiedy', 'At') },
      {
        name: 'approvedBy',
        type: 'relationship',
        relationTo: 'users',
        label: label('Zatwierdzone przez', 'Approved by'),
      },
      { name: 'approvedAt', type: 'date', label: label('Zatwierdzono', 'Approved at') },
    ],
  },
  {
    // Who changed the content since the last publication (user ids); emptied by a publication.
    name: 'writtenBy',
    type: 'json',
    access: { read: staffOnly },
    admin: { hidden: true, disableListColumn: true, disableListFilter: true },
  },
]
