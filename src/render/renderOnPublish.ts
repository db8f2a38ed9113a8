import type { CollectionAfterChangeHook } from 'payload'

import type { PressRelease } from '../payload-types'

import { transactionEnded } from './transactionEnded'

/**
 * A release just published (by hand or by its schedule) is rendered in the background, and again
 * just before its embargo lifts, so the rush of readers finds the documents made.
 */
export const renderOnPublish: CollectionAfterChangeHook<PressRelease> = async ({ doc, req }) => {
  if (doc._status !== 'published') return doc
  // The renderer (Chromium, Handlebars) loads on the first publication, not with the config.
  const { prerenderEnabled, queueWarmup } = await import('./warm')
  if (!prerenderEnabled()) return doc
  queueWarmup(
    req.payload,
    doc.id,
    doc.embargoUntil ? new Date(doc.embargoUntil) : undefined,
    Date.now(),
    () => transactionEnded(req),
  )
  return doc
}
