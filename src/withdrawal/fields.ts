import type { CollectionBeforeChangeHook, Field } from 'payload'

import { withdrawalStates } from '../access/visibility'
import { label } from '../fields/localizedLabel'

/** Set on a request's context by the withdraw/unwithdraw endpoints: the one writer of the group. */
export const withdrawalWriteKey = 'pressroomWithdrawalWrite'

const stateLabels = {
  none: label('Opublikowana', 'Published'),
  error: label('Opublikowano omyłkowo', 'Published in error'),
  superseded: label('Zastąpiono', 'Superseded'),
  withdrawn: label('Wycofano', 'Withdrawn'),
} as const

/**
 * The release's record state after publication (issue 24): what its address, documents, lists
 * and feeds do is decided in src/access/visibility.ts. Only the withdraw/unwithdraw endpoints
 * write it; the form shows it read-only once a release is withdrawn.
 */
export const withdrawalField: Field = {
  name: 'withdrawal',
  type: 'group',
  label: label('Wycofanie', 'Withdrawal'),
  access: { create: () => false, update: () => false },
  admin: {
    position: 'sidebar',
    readOnly: true,
    condition: (data) => Boolean(data?.withdrawal?.state && data.withdrawal.state !== 'none'),
  },
  fields: [
    {
      name: 'state',
      type: 'select',
      defaultValue: 'none',
      index: true,
      label: label('Stan', 'State'),
      options: withdrawalStates.map((value) => ({ value, label: stateLabels[value] })),
    },
    {
      name: 'note',
      type: 'textarea',
      localized: true,
      label: label('Wyjaśnienie dla czytelników', 'Explanation for readers'),
    },
    {
      name: 'at',
      type: 'date',
      label: label('Kiedy', 'When'),
      // On the office's clock and in the admin's words, as the embargo beside it.
      admin: {
        readOnly: true,
        components: { Field: '/src/components/OfficeDateTime#OfficeDateTimeField' },
      },
    },
    { name: 'by', type: 'text', label: label('Kto', 'By') },
    {
      name: 'supersededBy',
      type: 'relationship',
      relationTo: 'press-releases',
      label: label('Zastąpiona przez', 'Superseded by'),
    },
  ],
}

/**
 * Every other save (the form, a scheduled publication of an older draft, the API) keeps the
 * withdrawal the release has: it is not content, and only its endpoints change it.
 */
export const keepWithdrawal: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (req.context[withdrawalWriteKey]) return data
  if (!originalDoc) return { ...data, withdrawal: { state: 'none' } }
  return { ...data, withdrawal: originalDoc.withdrawal ?? { state: 'none' } }
}
