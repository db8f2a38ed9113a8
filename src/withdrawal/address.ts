import type { Payload } from 'payload'

import type { Locale } from '../lib/locales'

import {
  isReleaseGoneAt,
  isReleaseReadableAt,
  outReleaseWhere,
  withdrawalStateOf,
} from '../access/visibility'
import { refWhere } from '../generator/loadRelease'

/** What an address of a release out of the lists answers instead of its page or document. */
export type WithdrawnAnswer =
  | { kind: 'gone'; note: string | null; locale: Locale }
  | { kind: 'moved'; slug: string; locale: Locale }

type Target = { slug?: string | null; _status?: string | null; embargoUntil?: string | null }

/**
 * For a release (by id or slug) that was public and is now removed as published in error, or
 * superseded by a release the public reads: the 410 with the office's note in `locale`, or the
 * 301 to the other release. Null for everything else (its page, or the one 404).
 */
export const withdrawnAnswer = async (
  payload: Payload,
  ref: string,
  locale: Locale,
  now: Date,
): Promise<WithdrawnAnswer | null> => {
  const { docs } = await payload.find({
    collection: 'press-releases',
    where: { and: [refWhere(ref), outReleaseWhere(now)] },
    locale,
    fallbackLocale: false,
    depth: 1,
    limit: 1,
    pagination: false,
    select: { _status: true, embargoUntil: true, withdrawal: true },
    populate: {
      'press-releases': { slug: true, _status: true, embargoUntil: true, withdrawal: true },
    },
    overrideAccess: true,
  })
  const release = docs[0]
  if (!release) return null
  if (isReleaseGoneAt(release, now))
    return { kind: 'gone', note: release.withdrawal?.note?.trim() || null, locale }
  if (withdrawalStateOf(release) !== 'superseded') return null
  const target = release.withdrawal?.supersededBy as Target | number | null | undefined
  if (target && typeof target === 'object' && target.slug && isReleaseReadableAt(target, now))
    return { kind: 'moved', slug: target.slug, locale }
  // The release that replaced it is no longer public: nothing to send the reader to.
  return { kind: 'gone', note: null, locale }
}
