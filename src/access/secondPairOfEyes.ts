import type { APIError, PayloadRequest } from 'payload'

import type { CustomKey } from '../lib/translations'

import { refusal } from '../lib/refusal'

/** The collections whose publication the second pair of eyes guards. */
export type ReviewedCollection = 'press-releases' | 'press-packs'

/** Every door through which a text reaches the public or journalists. */
export type ReviewDoor = 'publish' | 'schedule' | 'send'

const doorWords: Record<ReviewDoor, CustomKey> = {
  publish: 'reviewWriterMayNotPublish',
  schedule: 'reviewWriterMayNotSchedule',
  send: 'reviewWriterMayNotSend',
}

type Id = number | string

/** The ids in a document's `writtenBy` (a JSON list of user ids). */
export const writersOf = (doc: unknown): Id[] => {
  const list = (doc as { writtenBy?: unknown } | null | undefined)?.writtenBy
  return Array.isArray(list)
    ? (list as unknown[]).filter((id): id is Id => typeof id === 'number' || typeof id === 'string')
    : []
}

export const sameId = (a: unknown, b: unknown): boolean =>
  a !== null && a !== undefined && b !== null && b !== undefined && String(a) === String(b)

/** The office setting "Druga para oczu", read once per request; on unless switched off. */
export const secondPairOfEyesOn = async (req: PayloadRequest): Promise<boolean> => {
  const cached = req.context.pressroomSecondPairOfEyes
  if (typeof cached === 'boolean') return cached
  const office = await req.payload.findGlobal({
    slug: 'press-office',
    depth: 0,
    select: { secondPairOfEyes: true },
    overrideAccess: true,
    req,
  })
  const on = office?.secondPairOfEyes !== false
  req.context.pressroomSecondPairOfEyes = on
  return on
}

/**
 * The second pair of eyes, the one rule every door asks: with the office setting on, a text is
 * published, scheduled or sent to journalists only by someone who did not write it ("wrote": saved
 * a version that changed its content since the last publication, kept in `writtenBy`). Returns
 * the refusal for `req.user` at `door`, or null when they may go ahead. A request without a user
 * (a job acting for nobody, the seed) is not a person and is not asked.
 */
export const secondPairOfEyesRefusal = async (
  req: PayloadRequest,
  writers: Id[],
  door: ReviewDoor,
): Promise<APIError | null> => {
  if (!req.user) return null
  if (!writers.some((id) => sameId(id, req.user!.id))) return null
  if (!(await secondPairOfEyesOn(req))) return null
  return refusal(req, doorWords[door])
}

/** The writers of the newest version of a release or pack (draft or published). */
export const writersOfLatest = async (
  req: PayloadRequest,
  collection: ReviewedCollection,
  id: Id,
): Promise<Id[]> => {
  const doc = await req.payload
    .findByID({
      collection,
      id,
      draft: true,
      depth: 0,
      overrideAccess: true,
      select: { writtenBy: true } as never,
      req,
    })
    .catch(() => null)
  return writersOf(doc)
}

/** Who may approve a forced publication afterwards: an editor other than the one who forced it. */
export const approveForcedRefusal = (req: PayloadRequest, forcedBy: unknown): APIError | null =>
  sameId(
    typeof forcedBy === 'object' && forcedBy ? (forcedBy as { id: Id }).id : forcedBy,
    req.user?.id,
  )
    ? refusal(req, 'reviewSameEditorApproves')
    : null
