import type { CollectionAfterChangeHook } from 'payload'

import { recordAuditEvent } from '../record'

const decisions = { approved: 'quote-approved', rejected: 'quote-rejected' } as const

const firstText = (value: unknown): string | null => {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object') {
    const text = Object.values(value).find((v) => typeof v === 'string')
    return (text as string | undefined) ?? null
  }
  return null
}

/** afterChange on quotes: an approval or a rejection, with the approver's comment. */
export const recordQuoteDecision: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const status = doc.status as keyof typeof decisions | 'pending'
  if (status === 'pending' || status === previousDoc?.status) return doc
  const text = firstText(doc.text)
  await recordAuditEvent(
    { payload: req.payload, req },
    {
      action: decisions[status],
      doc: {
        collection: 'quotes',
        id: doc.id,
        title: text && text.length > 80 ? `${text.slice(0, 79)}…` : text,
      },
      changes: { status: { from: previousDoc?.status ?? null, to: status } },
      reason: (doc.reviewComment as string | undefined) || null,
    },
  )
  return doc
}
