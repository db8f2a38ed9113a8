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
 * The record states of issue 24 live here too: a published release may be withdrawn (still read at
 * its address and in its documents, under a notice), superseded (its address sends readers to
 * another release) or removed as published in error (gone). Three rules follow from them, each a
 * query and a predicate, all on top of the one embargo rule:
 * - public (the anonymous API): public at t and not removed in error;
 * - readable (its address, its documents, personal links): public and none or withdrawn;
 * - listed (lists, search, sitemap, feeds' items, topics): public and none.
 * Packs follow their releases (see the pack rules below).
 */

type Dated = string | null | undefined

/** The fields of a release this rule reads. */
export type VisibilityFields = {
  _status?: string | null
  embargoUntil?: Dated
  firstPublishedAt?: Dated
  withdrawal?: { state?: string | null } | null
}

/** The same fields as a `select`, for every query whose documents this rule judges. */
export const visibilitySelect = {
  _status: true,
  embargoUntil: true,
  firstPublishedAt: true,
  withdrawal: true,
} as const

/** The publication states in which the public sees a release or pack. */
const shownStates: readonly string[] = ['published']

/** Whether the document's state is one the public sees (embargo aside). */
export const isShownState = (doc: { _status?: string | null }): boolean =>
  shownStates.includes(doc._status ?? '')

/** The same as a query. */
export const shownStateWhere = (): Where => ({ _status: { in: [...shownStates] } })

/** The record states of a published release (issue 24). */
export const withdrawalStates = ['none', 'error', 'superseded', 'withdrawn'] as const

export type WithdrawalState = (typeof withdrawalStates)[number]

/** The release's record state; none when it was never withdrawn (or saved before the field). */
export const withdrawalStateOf = (release: VisibilityFields): WithdrawalState => {
  const state = release.withdrawal?.state
  return (withdrawalStates as readonly string[]).includes(state ?? '')
    ? (state as WithdrawalState)
    : 'none'
}

/** The states each rule admits. */
const publicStates: readonly WithdrawalState[] = ['none', 'withdrawn', 'superseded']
const readableStates: readonly WithdrawalState[] = ['none', 'withdrawn']
const listedStates: readonly WithdrawalState[] = ['none']

// A row saved before the field existed has no state: it counts as none.
const stateWhere = (states: readonly WithdrawalState[]): Where =>
  states.includes('none')
    ? {
        or: [
          { 'withdrawal.state': { exists: false } },
          { 'withdrawal.state': { equals: null } },
          { 'withdrawal.state': { in: [...states] } },
        ],
      }
    : { 'withdrawal.state': { in: [...states] } }

// A moment before every other: the document is public whenever it is shown and not embargoed.
const always = new Date(0).toISOString()

const time = (value: string) => new Date(value).getTime()

/** The embargo rule alone: from when a shown release is out, whatever its record state. */
const embargoLiftsAt = (release: VisibilityFields): string | null =>
  isShownState(release) ? release.embargoUntil || always : null

const fromIn = (release: VisibilityFields, states: readonly WithdrawalState[]): string | null =>
  states.includes(withdrawalStateOf(release)) ? embargoLiftsAt(release) : null

const isOutAt = (from: string | null, at: Date): boolean =>
  from !== null && time(from) <= at.getTime()

/**
 * Whether the release's embargo is over at `at` (or it has none), whatever its publication state:
 * what the admin and distribution ask of a draft as well ("may this go ahead of its embargo?").
 */
export const isEmbargoOverAt = (
  release: Pick<VisibilityFields, 'embargoUntil'>,
  at: Date,
): boolean => isOutAt(release.embargoUntil || always, at)

/**
 * From when the release, as it stands, is readable (its address and documents): its embargo's
 * end, or always; null while the public does not read it at all (hidden, superseded, gone). The
 * fast path and the stored `publicFrom` of what it shows compare this with the clock.
 */
export const releaseVisibleFrom = (release: VisibilityFields): string | null =>
  fromIn(release, readableStates)

/** Whether anonymous readers may read the release over the API at `at` (not gone in error). */
export const isReleasePublicAt = (release: VisibilityFields, at: Date): boolean =>
  isOutAt(fromIn(release, publicStates), at)

/** Whether its address and documents show the release at `at` (none or withdrawn). */
export const isReleaseReadableAt = (release: VisibilityFields, at: Date): boolean =>
  isOutAt(fromIn(release, readableStates), at)

/** Whether lists, search, the sitemap and the feeds' items carry the release at `at`. */
export const isReleaseListedAt = (release: VisibilityFields, at: Date): boolean =>
  isOutAt(fromIn(release, listedStates), at)

/** The embargo rule alone: shown and past its embargo at `at`, whatever its record state. */
export const isReleaseOutAt = (release: VisibilityFields, at: Date): boolean =>
  isOutAt(embargoLiftsAt(release), at)

/** Whether the release was public at `at` and then removed as published in error (410 Gone). */
export const isReleaseGoneAt = (release: VisibilityFields, at: Date): boolean =>
  isOutAt(fromIn(release, ['error']), at)

/** The embargo rule as a query: shown and past its embargo at `now`. */
const outWhere = (now: Date): Where => ({
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

/** The embargo rule alone as a query (shown and past its embargo), whatever the record state. */
export const outReleaseWhere = (now: Date = new Date()): Where => outWhere(now)

/** The public rule as a query, for every read the public makes over the API. */
export const publicReleaseWhere = (now: Date = new Date()): Where => ({
  and: [outWhere(now), stateWhere(publicStates)],
})

/** The readable rule as a query: the address, documents and personal links. */
export const readableReleaseWhere = (now: Date = new Date()): Where => ({
  and: [outWhere(now), stateWhere(readableStates)],
})

/** The listed rule as a query: lists, search, sitemap, feeds' items. */
export const listedReleaseWhere = (now: Date = new Date()): Where => ({
  and: [outWhere(now), stateWhere(listedStates)],
})

/** Readable releases withdrawn under a notice at `now`: the feeds carry each as an update. */
export const withdrawnReleaseWhere = (now: Date = new Date()): Where => ({
  and: [outWhere(now), stateWhere(['withdrawn'])],
})

/** Releases public once and removed as published in error at `now` (the 410s). */
export const goneReleaseWhere = (now: Date = new Date()): Where => ({
  and: [outWhere(now), stateWhere(['error'])],
})

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

/*
 * A pack is a bundle of releases and follows them. It is readable (its address, its documents,
 * the API) while every release in it is readable: a pack holding a withdrawn release stays on
 * record, the release shown in it under its withdrawal notice. It is listed (the pack list, the
 * sitemap) only while every release in it is listed: a withdrawn release is not offered as
 * current, so neither is a pack that holds it. A release superseded or published in error takes
 * its pack off the public entirely, as it does itself.
 */

const packFromIn = (
  pack: { _status?: string | null },
  releases: VisibilityFields[],
  states: readonly WithdrawalState[],
): string | null =>
  isShownState(pack) && releases.length
    ? latest(releases.map((release) => fromIn(release, states)))
    : null

/** From when the pack is readable: once it is shown and the last of its releases is readable. */
export const packVisibleFrom = (
  pack: { _status?: string | null },
  releases: VisibilityFields[],
): string | null => packFromIn(pack, releases, readableStates)

/** Whether anonymous readers may see the pack (with these, all of its releases) at `at`. */
export const isPackPublicAt = (
  pack: { _status?: string | null },
  releases: VisibilityFields[],
  at: Date,
): boolean => isOutAt(packVisibleFrom(pack, releases), at)

/** Whether the pack list and the sitemap carry the pack at `at`: every release in it is listed. */
export const isPackListedAt = (
  pack: { _status?: string | null },
  releases: VisibilityFields[],
  at: Date,
): boolean => isOutAt(packFromIn(pack, releases, listedStates), at)

/** When the pack became public: the latest of its own first publication and its releases'. */
export const packPublicSince = (
  pack: VisibilityFields,
  releases: VisibilityFields[],
): string | null =>
  isShownState(pack) && releases.length
    ? latest([pack.firstPublishedAt ?? null, ...releases.map(releasePublicSince)])
    : null

/**
 * A pack rule as a query at `now`: reads the shown packs (a handful) and asks the database which
 * of their releases pass the release rule `releaseWhere`.
 */
const packWhere = async (
  releaseWhere: (now: Date) => Where,
  payload: Payload,
  now: Date,
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
  const { docs: passing } = await payload.find({
    collection: 'press-releases',
    where: { and: [{ id: { in: cited } }, releaseWhere(now)] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: {},
  })
  const passingIds = new Set(passing.map((r) => String(r.id)))
  const ids = packs
    .filter((pack) => {
      const releases = idsOf(pack.releases)
      return releases.length > 0 && releases.every((id) => passingIds.has(String(id)))
    })
    .map((pack) => pack.id)
  return { and: [{ id: { in: ids } }, shownStateWhere()] }
}

/** The readable pack rule as a query: its address, documents and the anonymous API. */
export const publicPackWhere = (
  payload: Payload,
  now: Date = new Date(),
  req?: PayloadRequest,
): Promise<Where> => packWhere(readableReleaseWhere, payload, now, req)

/** The listed pack rule as a query: the pack list and the sitemap. */
export const listedPackWhere = (
  payload: Payload,
  now: Date = new Date(),
  req?: PayloadRequest,
): Promise<Where> => packWhere(listedReleaseWhere, payload, now, req)

/**
 * The releases whose public events the register of changes and the record show at `now`: every
 * release that has been out (shown and past its embargo), whatever its record state since. A
 * release withdrawn, superseded or published in error keeps the events that were public; one
 * never public, embargoed or back to a draft shows none.
 */
export const publicRecordWhere = (now: Date = new Date()): Where => outReleaseWhere(now)
