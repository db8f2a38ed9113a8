import type { CollectionBeforeChangeHook } from 'payload'

import type { Quote } from '../../../payload-types'

/**
 * Stamps who decided and when, and sends an approved quote back for approval when its words
 * change: an approval covers the words that were approved, nothing else.
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
  const textChanged = originalDoc && data.text !== undefined && data.text !== originalDoc.text
  if (!statusChanged && textChanged && originalDoc.status === 'approved') {
    return { ...data, status: 'pending', approvedBy: null, approvedAt: null }
  }
  if (statusChanged && data.status === 'pending') {
    return { ...data, approvedBy: null, approvedAt: null }
  }
  return data
}
