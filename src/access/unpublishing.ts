import type { APIError, PayloadRequest, Where } from 'payload'

import { nowOf } from '../lib/clock'
import { refusal } from '../lib/refusal'
import { outReleaseWhere } from './visibility'

/**
 * A release that has been public leaves the public only by a withdrawal with a reason
 * (src/withdrawal): on record, with its notice or its 410, in the register of changes. Taking it
 * back to a draft would make it vanish without a word, so no person does that: not a save with
 * `_status: 'draft'` or `unpublishAllLocales`, not a restore of a draft version over it, not a
 * scheduled unpublication. A release still under its embargo has not been public and may go back.
 * The Local API with access checks off (the seed, migrations, tests) is not a person.
 */
export const unpublishRefusal = async (
  req: PayloadRequest,
  releases: Where,
  at: Date = nowOf(req),
): Promise<APIError | null> => {
  const { totalDocs } = await req.payload.count({
    collection: 'press-releases',
    where: { and: [releases, outReleaseWhere(at)] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0 ? refusal(req, 'refuseUnpublishRelease') : null
}

type WriteArgs = {
  data?: { _status?: string }
  draft?: boolean
  id?: number | string
  where?: Where
  unpublishAllLocales?: unknown
}

const isSet = (value: unknown): boolean => value === true || value === 'true'

/** The refusal for an update or restore of releases (beforeOperation's args) that would unpublish. */
export const unpublishingWriteRefusal = async (
  req: PayloadRequest,
  operation: string,
  args: WriteArgs,
): Promise<APIError | null> => {
  if (args.draft) return null
  if (operation === 'update') {
    if (args.data?._status !== 'draft' && !isSet(args.unpublishAllLocales)) return null
    return unpublishRefusal(
      req,
      args.id !== undefined ? { id: { equals: args.id } } : (args.where ?? {}),
    )
  }
  if (operation === 'restoreVersion' && args.id !== undefined) {
    const found = await req.payload
      .findVersionByID({
        collection: 'press-releases',
        id: String(args.id),
        depth: 0,
        overrideAccess: true,
        req,
      })
      // No such version: Payload's own restore answers its 404. Any other failure is the save's.
      .catch((error: { status?: number }) => {
        if (error?.status === 404) return null
        throw error
      })
    if (!found || found.version._status === 'published') return null
    return unpublishRefusal(req, { id: { equals: found.parent } })
  }
  return null
}
