import type { CollectionBeforeChangeHook } from 'payload'

import type { Quote } from '../../../payload-types'
import { idsOf } from '../../../access/publicReleaseIds'

/** What an approval covers: the words, who said them (and so the role shown), and the context. */
const approvedFields = ['text', 'speaker', 'context'] as const

const sameValue = (a: unknown, b: unknown) =>
  String(idsOf([a])[0] ?? '') === String(idsOf([b])[0] ?? '')

/**
 * Stamps who decided and when, and sends an approved quote back for approval when anything the
 * approval covered changes.
 */
export const recordApproval: CollectionBeforeChangeHook<Quote> = ({ data, originalDoc, req }) => {
  const statusChanged = data.status !== undefined && data.status !== originalDoc?.status
  if (statusChanged && data.status !== 'pending') {
    return {
      ...data,
      approvedBy: req.user?.id ?? data.approvedBy ?? null,
      approvedAt: new Date().toISOString(),
    }
  }
  const coveredChanged =
    originalDoc &&
    approvedFields.some(
      (field) => data[field] !== undefined && !sameValue(data[field], originalDoc[field]),
    )
  if (!statusChanged && coveredChanged && originalDoc.status === 'approved') {
    return { ...data, status: 'pending', approvedBy: null, approvedAt: null }
  }
  if (statusChanged && data.status === 'pending') {
    return { ...data, approvedBy: null, approvedAt: null }
  }
  return data
}
