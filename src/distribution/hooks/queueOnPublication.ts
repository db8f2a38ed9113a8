import type { CollectionAfterChangeHook } from 'payload'

import type { PressRelease } from '../../payload-types'

import { scheduleOnPublication } from '../distribute'

/** "At publication" mail goes when the release becomes public: by hand, by schedule, at the lift. */
export const queueOnPublication: CollectionAfterChangeHook<PressRelease> = async ({ doc, req }) => {
  if (doc._status === 'published') await scheduleOnPublication(req.payload, doc, new Date(), req)
  return doc
}
