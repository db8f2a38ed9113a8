import type { CollectionSlug, Field, PayloadRequest, Where } from 'payload'

import { idsOf } from './publicReleaseIds'
import {
  packVisibleFrom,
  releaseVisibleFrom,
  shownStateWhere,
  visibilitySelect,
} from './visibility'

type Id = number | string
type Dated = string | null | undefined

/** What a stored `publicFrom` is maintained on: what public releases show besides themselves. */
export type ShownCollection = 'quotes' | 'people' | 'media'

/**
 * Since when the public may see a quote, person or media file: the earliest moment something
 * public shows it, kept up to date by the hooks of whatever can show it (releases, quotes,
 * people, packs, the press-office global). Null while nothing published shows it. An embargo is a
 * time here, so the lift needs no job: the read rule compares with the clock.
 */
export const publicFromField: Field = {
  name: 'publicFrom',
  type: 'date',
  index: true,
  admin: { hidden: true, readOnly: true, disableListColumn: true, disableListFilter: true },
  access: { create: () => false, update: () => false },
}

/** The one read rule for anonymous readers of quotes, people and media: indexed, O(log N). */
export const publicFromWhere = (now: Date = new Date()): Where => ({
  publicFrom: { less_than_equal: now.toISOString() },
})

// The logo is shown on every public document from the start.
const always = new Date(0).toISOString()

const earliest = (dates: Dated[]): string | null => {
  const times = dates.filter((d): d is string => Boolean(d)).map((d) => new Date(d).getTime())
  return times.length ? new Date(Math.min(...times)).toISOString() : null
}

const sameTime = (a: Dated, b: Dated) =>
  (a ? new Date(a).getTime() : null) === (b ? new Date(b).getTime() : null)

const unique = (ids: unknown[]): Id[] => [...new Set(idsOf(ids).filter((id) => id != null))]

const findAll = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  where: Where,
  select?: Record<string, true | Record<string, true>>,
) =>
  (
    await req.payload.find({
      collection,
      where,
      draft: false,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select,
    })
  ).docs as unknown as Record<string, unknown>[]

const findOne = async (req: PayloadRequest, collection: ShownCollection, id: Id) =>
  (await findAll(req, collection, { id: { equals: id } }))[0] as
    (Record<string, unknown> & { publicFrom?: Dated }) | undefined

/** Writes the value when it changed; says whether it did. Straight to the database: no hooks. */
const store = async (
  req: PayloadRequest,
  collection: ShownCollection,
  id: Id,
  current: Dated,
  next: string | null,
): Promise<boolean> => {
  if (sameTime(current, next)) return false
  await req.payload.db.updateOne({ collection, id, data: { publicFrom: next }, req })
  return true
}

const publishedReleasesCiting = (req: PayloadRequest, field: 'quotes' | 'media', id: Id) =>
  findAll(
    req,
    'press-releases',
    { and: [{ [field]: { in: [id] } }, shownStateWhere()] },
    visibilitySelect,
  )

/** A shown pack goes public when the last of its releases does (a missing release: never). */
const packPublicFrom = async (req: PayloadRequest, pack: Record<string, unknown>) => {
  const releaseIds = unique([pack.releases].flat())
  const releases = await findAll(
    req,
    'press-releases',
    { id: { in: releaseIds } },
    visibilitySelect,
  )
  if (releases.length !== new Set(releaseIds.map(String)).size) return null
  return packVisibleFrom(pack, releases)
}

export const recomputeMedia = async (req: PayloadRequest, ids: unknown[]): Promise<void> => {
  for (const id of unique(ids)) {
    const media = await findOne(req, 'media', id)
    if (!media) continue
    const releases = await publishedReleasesCiting(req, 'media', id)
    const people = await findAll(req, 'people', { photo: { equals: id } }, { publicFrom: true })
    const packs = await findAll(
      req,
      'press-packs',
      { and: [{ coverImage: { equals: id } }, shownStateWhere()] },
      { releases: true, _status: true },
    )
    const office = await req.payload.findGlobal({
      slug: 'press-office',
      depth: 0,
      overrideAccess: true,
      req,
    })
    const next = earliest([
      ...releases.map((r) => releaseVisibleFrom(r)),
      ...people.map((p) => p.publicFrom as Dated),
      ...(await Promise.all(packs.map((p) => packPublicFrom(req, p)))),
      idsOf([office.logo]).map(String).includes(String(id)) ? always : null,
    ])
    await store(req, 'media', id, media.publicFrom, next)
  }
}

export const recomputePeople = async (req: PayloadRequest, ids: unknown[]): Promise<void> => {
  const photos: unknown[] = []
  for (const id of unique(ids)) {
    const person = await findOne(req, 'people', id)
    if (!person) continue
    const quotes = await findAll(
      req,
      'quotes',
      { and: [{ speaker: { equals: id } }, { publicFrom: { exists: true } }] },
      { publicFrom: true },
    )
    const next = earliest(quotes.map((q) => q.publicFrom as Dated))
    if (await store(req, 'people', id, person.publicFrom, next)) photos.push(person.photo)
  }
  await recomputeMedia(req, photos)
}

export const recomputeQuotes = async (req: PayloadRequest, ids: unknown[]): Promise<void> => {
  const speakers: unknown[] = []
  for (const id of unique(ids)) {
    const quote = await findOne(req, 'quotes', id)
    if (!quote) continue
    const next =
      quote.status === 'approved'
        ? earliest((await publishedReleasesCiting(req, 'quotes', id)).map(releaseVisibleFrom))
        : null
    if (await store(req, 'quotes', id, quote.publicFrom, next)) speakers.push(quote.speaker)
  }
  await recomputePeople(req, speakers)
}

/** Whether anything published shows the document, now or once its embargo lifts. */
export const shownByPublishedContent = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: Id,
): Promise<boolean> => {
  if (collection === 'quotes' || collection === 'people' || collection === 'media') {
    return Boolean((await findOne(req, collection, id))?.publicFrom)
  }
  if (collection === 'press-contacts' || collection === 'boilerplates') {
    const field = collection === 'press-contacts' ? 'contacts' : 'boilerplates'
    const { totalDocs } = await req.payload.count({
      collection: 'press-releases',
      where: { and: [{ [field]: { in: [id] } }, shownStateWhere()] },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) return true
    if (collection === 'press-contacts') {
      const office = await req.payload.findGlobal({ slug: 'press-office', depth: 0, req })
      return idsOf([office.defaultContact]).map(String).includes(String(id))
    }
  }
  return false
}

/** Computes `publicFrom` for everything from scratch: for a database made before it existed. */
export const backfillPublicFrom = async (req: PayloadRequest): Promise<void> => {
  const all = async (collection: ShownCollection) =>
    (await findAll(req, collection, {}, { id: true } as Record<string, true>)).map((d) => d.id)
  await recomputeQuotes(req, await all('quotes'))
  await recomputePeople(req, await all('people'))
  await recomputeMedia(req, await all('media'))
}
