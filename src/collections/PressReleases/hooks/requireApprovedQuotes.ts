import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import type { PressRelease } from '../../../payload-types'
import { unapprovedQuotes } from '../../../lib/unapprovedQuotes'

/** A release goes public only when every quote it cites has been approved. */
export const requireApprovedQuotes: CollectionBeforeChangeHook<PressRelease> = async ({
  data,
  originalDoc,
  req,
}) => {
  if (data._status !== 'published') return data
  const blockers = await unapprovedQuotes(req, data.quotes ?? originalDoc?.quotes)
  if (blockers.length === 0) return data
  const problems = blockers.map((b) => b.message)
  // An APIError, not a ValidationError: Payload's HTTP layer replaces a ValidationError's message
  // with "The following field is invalid: quotes", and the office needs to read which quote.
  throw new APIError(
    problems.join(' '),
    400,
    { errors: problems.map((message) => ({ path: 'quotes', message })) },
    true,
  )
}
