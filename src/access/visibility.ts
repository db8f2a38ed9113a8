import type { Payload, PayloadRequest, Where } from 'payload'

import { idsOf } from './publicReleaseIds'

/**
 * The one rule for what the public sees of releases and packs, and since when. Every surface asks
 * here: the access rules (REST, GraphQL, the Local API), the render store's fast path, the
 * newsroom, its feeds, sitemap and search, distribution and personal links.
 *
 * "Public at t" judges the document as it stands now: its publication state decides whether it is
 * shown at all, and time only moves the embargo. The query and the predicate below say the same
 * thing (tests/suites/publicVisibility.ts generates every combination and compares them).
 *
 * The record states of issue 24 (withdrawn, superseded, published in error) belong here: a state
 * the public still sees (with a notice) goes into `shownStates`, one it does not stays out of it,
 * and nothing outside this module needs to change.
 */

type Dated = string | null | undefined

/** The fields of a release this rule reads. */
export type VisibilityFields = {
  _status?: string | null
  embargoUntil?: Dated
  firstPublishedAt?: Dated
}

/** The same fields as a `select`, for every query whose documents this rule judges. */
export const visibilitySelect = {
  _status: true,
  embargoUntil: true,
  firstPublishedAt: true,
} as const

/** The publication states in which the public sees a release or pack. */
const shownStates: readonly string[] = ['published']

/** Whether the document's state is one the public sees (embargo aside). */
export const isShownState = (doc: { _status?: string | null }): boolean =>
  shownStates.includes(doc._status ?? '')

/** The same as a query. */
export const shownStateWhere = (): Where => ({ _status: { in: [...shownStates] } })

// A moment before every other: the document is public whenever it is shown and not embargoed.
const always = new Date(0).toISOString()

const time = (value: string) => new Date(value).getTime()

/**
 * From when the release, as it stands, is public: its embargo's end, or always; null while the
 * public does not see it at all. The fast path and the stored `publicFrom` of what it shows
 * compare this with the clock.
 */
export const releaseVisibleFrom = (release: VisibilityFields): string | null =>
  isShownState(release) ? release.embargoUntil || always : null

/** Whether anonymous readers may see the release at `at`. */
export const isReleasePublicAt = (release: VisibilityFields, at: Date): boolean => {
  const from = releaseVisibleFrom(release)
  return from !== null && time(from) <= at.getTime()
}

/** The same rule as a query, for every read the public makes. */
export const publicReleaseWhere = (now: Date = new Date()): Where => ({
  and: [
    shownStateWhere(),
    {
      or: [
        { embargoUntil: { exists: false } },
        { embargoUntil: { equals: null } },
        { embargoUntil: { less_than_equal: now.toISOString() } },
      ],
    },
  ],
})

/**
 * The releases whose public events the register of changes and the record show at `now`. A
 * release once public keeps its public events: the record states of issue 24 that take a release
 * out of lists (withdrawn, superseded, published in error) belong in this query too. A release
 * never public, embargoed or back to a draft shows none.
 */
export const publicRecordWhere = (now: Date = new Date()): Where => publicReleaseWhere(now)

/** Shown releases the public may not see yet at `now`: their embargo lifts later. */
export const underEmbargoWhere = (now: Date = new Date()): Where => ({
  and: [shownStateWhere(), { embargoUntil: { greater_than: now.toISOString() } }],
})

/** The next moment after `now` at which a release becomes public (an embargo lifts); Infinity if none. */
export const nextPublicMoment = async (payload: Payload, now: Date): Promise<number> => {
  const { docs } = await payload.find({
    collection: 'press-releases',
    where: underEmbargoWhere(now),
    sort: 'embargoUntil',
    limit: 1,
    pagination: false,
    depth: 0,
    select: { embargoUntil: true },
    overrideAccess: true,
  })
  return docs[0]?.embargoUntil ? Date.parse(docs[0].embargoUntil) : Infinity
}

const latest = (dates: Dated[]): string | null => {
  if (dates.length === 0 || dates.some((d) => !d)) return null
  return new Date(Math.max(...dates.map((d) => time(d as string)))).toISOString()
}

/**
 * The moment the release became public for its readers: when its embargo lifted, or when it was
 * first published, whichever came later (a release published after its embargo time went public
 * when it was published). Not the dateline, and not its creation: a draft written on Monday and
 * published on Wednesday became public on Wednesday. Null while it is not public at all.
 */
export const releasePublicSince = (release: VisibilityFields): string | null => {
  if (!isShownState(release)) return null
  const published = release.firstPublishedAt ?? null
  if (!release.embargoUntil) return published
  return published ? latest([published, release.embargoUntil]) : release.embargoUntil
}

/** A pack is public once it is shown and the last of its releases is public. */
export const packVisibleFrom = (
  pack: { _status?: string | null },
  releases: VisibilityFields[],
): string | null =>
  isShownState(pack) && releases.length ? latest(releases.map(releaseVisibleFrom)) : null

/** Whether anonymous readers may see the pack (with these, all of its releases) at `at`. */
export const isPackPublicAt = (
  pack: { _status?: string | null },
  releases: VisibilityFields[],
  at: Date,
): boolean => {
  const from = packVisibleFrom(pack, releases)
  return from !== null && time(from) <= at.getTime()
}

/** When the pack became public: the latest of its own first publication and its releases'. */
export const packPublicSince = (
  pack: VisibilityFields,
  releases: VisibilityFields[],
): string | null =>
  isShownState(pack) && releases.length
    ? latest([pack.firstPublishedAt ?? null, ...releases.map(releasePublicSince)])
    : null

/**
 * The pack rule as a query at `now`: reads the shown packs (a handful) and asks the database which
 * of their releases are public, with the release rule above.
 */
export const publicPackWhere = async (
  payload: Payload,
  now: Date = new Date(),
  req?: PayloadRequest,
): Promise<Where> => {
  const { docs: packs } = await payload.find({
    collection: 'press-packs',
    where: shownStateWhere(),
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { releases: true },
  })
  const cited = [...new Set(packs.flatMap((pack) => idsOf(pack.releases)))]
  const { docs: visible } = await payload.find({
    collection: 'press-releases',
    where: { and: [{ id: { in: cited } }, publicReleaseWhere(now)] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: {},
  })
  const publicIds = new Set(visible.map((r) => String(r.id)))
  const ids = packs
    .filter((pack) => {
      const releases = idsOf(pack.releases)
      return releases.length > 0 && releases.every((id) => publicIds.has(String(id)))
    })
    .map((pack) => pack.id)
  return { and: [{ id: { in: ids } }, shownStateWhere()] }
}
