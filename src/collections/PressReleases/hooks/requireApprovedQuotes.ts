import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import type { PressRelease } from '../../../payload-types'
import { unapprovedQuotes } from '../unapprovedQuotes'

/** A release goes public only when every quote it cites has been approved. */
export const requireApprovedQuotes: CollectionBeforeChangeHook<PressRelease> = async ({
  data,
  originalDoc,
  req,
}) => {
  if (data._status !== 'published') return data
  const problems = await unapprovedQuotes(req, data.quotes ?? originalDoc?.quotes)
  if (problems.length === 0) return data
  throw new ValidationError({
    collection: 'press-releases',
    errors: problems.map((message) => ({ path: 'quotes', message })),
  })
}
