import type {
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import {
  type ReviewedCollection,
  secondPairOfEyesRefusal,
  writersOf,
} from '../access/secondPairOfEyes'
import { restoringAsDraft } from '../access/publicChanges'
import { nowOf } from '../lib/clock'
import { refusal } from '../lib/refusal'
import { contentChanged } from './contentChanged'
import {
  type ForcedPublication,
  forced,
  publishedReview,
  type ReviewPatch,
  reviewPatchKey,
  storedForced,
  storedReview,
} from './workflow'

const restoring = 'pressroomRestoringVersion'

/**
 * beforeOperation: notes a restore, whose content and writers are the restored version's. A
 * later write on the same request (a job restores, then saves the newer draft on top) is a write.
 */
export const noteRestore: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'restoreVersion') req.context[restoring] = true
  else if (operation === 'update' || operation === 'create') req.context[restoring] = false
  return args
}

/**
 * The reason an editor gives to publish their own text alone: `?forceReason=` over the API, a
 * `forceReason` in the Local API's context, or the admin's dialog, which fills the form's
 * `forcedPublication.reason` (a new value there; the stored one is last time's).
 */
const forceReasonOf = (
  req: PayloadRequest,
  data: Record<string, unknown>,
  stored: ForcedPublication,
): string | undefined => {
  const query = (req.query as Record<string, unknown> | undefined)?.forceReason
  if (typeof query === 'string') return query
  if (typeof req.context.forceReason === 'string') return req.context.forceReason
  const typed = (data.forcedPublication as ForcedPublication | undefined)?.reason
  if (typeof typed === 'string' && typed !== (stored.reason ?? '')) return typed
  return undefined
}

/**
 * beforeChange for releases and packs: keeps who wrote the content since the last publication,
 * refuses a publication by one of them (the second pair of eyes) unless they give a reason, which
 * flags it, and keeps the review groups to the server: a save carries the stored ones, changed
 * only by the review endpoints (their patch in the context) or a forced publication.
 */
export const applySecondPairOfEyes: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const slug = collection.slug as ReviewedCollection
  const stored = (originalDoc ?? {}) as Record<string, unknown>
  const patch = req.context[reviewPatchKey] as ReviewPatch | undefined
  const isRestore = Boolean(req.context[restoring])
  let writers = isRestore ? writersOf(data) : writersOf(stored)
  const wrote =
    !isRestore &&
    !patch &&
    Boolean(req.user) &&
    (operation === 'create' || contentChanged(slug, data, stored))
  if (wrote && !writers.some((id) => String(id) === String(req.user!.id))) {
    writers = [...writers, req.user!.id]
  }
  let review = storedReview(stored.review as never)
  let forcedPublication = storedForced(stored.forcedPublication as never)
  const publishing = data._status === 'published' && !req.context[restoringAsDraft]
  if (publishing && !patch) {
    const refused = await secondPairOfEyesRefusal(req, writers, 'publish')
    if (refused) {
      const reason = forceReasonOf(req, data, forcedPublication)
      if (reason === undefined) throw refused
      if (!reason.trim()) throw refusal(req, 'reviewForceReasonMissing', {}, 400)
      forcedPublication = forced(reason.trim(), req.user!.id, nowOf(req))
    }
  }
  if (publishing) {
    writers = []
    review = publishedReview(review)
  }
  if (patch?.review) review = { ...review, ...patch.review }
  if (patch?.forcedPublication)
    forcedPublication = { ...forcedPublication, ...patch.forcedPublication }
  return { ...data, writtenBy: writers, review, forcedPublication }
}
