import type { Payload, Where } from 'payload'

import type { Locale } from '../lib/locales'
import type { Media, PressPack, PressRelease } from '../payload-types'

import {
  listedPackWhere,
  listedReleaseWhere,
  publicPackWhere,
  publicReleaseWhere,
  readableReleaseWhere,
  visibilitySelect,
  withdrawnReleaseWhere,
} from '../access/visibility'
import { defaultLocale, releaseLocales } from '../lib/locales'
import { publicCached } from './publicCache'

/**
 * Everything the newsroom reads, as the anonymous visitor (`overrideAccess: false`, no user),
 * narrowed by the one public rule at `now` so a test can move the clock. The collection's own
 * access rule applies as well; both say the same thing when `now` is the real time.
 */

export const PAGE_SIZE = 20

export type ListFilter = { page: number; topic?: string; year?: number; month?: number }

const anonymous = { overrideAccess: false, user: undefined } as const

const dateRange = (year?: number, month?: number): Where | null => {
  if (!year) return null
  const from = new Date(Date.UTC(year, month ? month - 1 : 0, 1))
  const to = new Date(Date.UTC(month ? year : year + 1, month ? month : 0, 1))
  return {
    and: [
      { date: { greater_than_equal: from.toISOString() } },
      { date: { less_than: to.toISOString() } },
    ],
  }
}

export const listWhere = (now: Date, filter: Omit<ListFilter, 'page'> = {}): Where => ({
  and: [
    listedReleaseWhere(now),
    ...(filter.topic ? [{ topics: { in: [filter.topic] } }] : []),
    ...[dateRange(filter.year, filter.month)].filter((w): w is Where => w !== null),
  ],
})

type ReleaseFields = Partial<Record<keyof PressRelease, true>>

/**
 * The newest public releases matching `where`, a page at a time, in two steps: the ids, sorted
 * and counted; then those documents. (Asked in one query, SQLite assembles every matching row's
 * localized fields before it sorts: 2,000 releases took seconds for a page of 20.)
 */
export const newestFirst = async (
  payload: Payload,
  where: Where,
  now: Date,
  options: {
    page?: number
    limit: number
    locale: Locale
    select: ReleaseFields
    depth?: number
    fallbackLocale?: Locale | false
  },
) => {
  // Never field by field from another language: a release without a version in `locale` is read
  // whole in the language its page shows (inTheirLanguage).
  const fallbackLocale = options.fallbackLocale ?? false
  const ids = await payload.find({
    collection: 'press-releases',
    where,
    sort: ['-date', '-id'],
    locale: options.locale,
    fallbackLocale,
    page: options.page ?? 1,
    limit: options.limit,
    depth: 0,
    select: {},
    ...anonymous,
  })
  const wanted = ids.docs.map((d) => d.id)
  const { docs } = wanted.length
    ? await payload.find({
        collection: 'press-releases',
        where: { and: [publicReleaseWhere(now), { id: { in: wanted } }] },
        pagination: false,
        locale: options.locale,
        fallbackLocale,
        depth: options.depth ?? 0,
        select: options.select,
        populate: { media: { alt: true, url: true, filename: true, sizes: true, mimeType: true } },
        ...anonymous,
      })
    : { docs: [] as PressRelease[] }
  // Only the selected fields are present; callers read only what they selected.
  const byId = new Map(
    (docs as PressRelease[]).map((d) => [d.id, { ...d, shownLocale: options.locale }]),
  )
  if (options.select.headline) {
    for (const d of await inTheirLanguage(payload, now, options, [...byId.values()]))
      byId.set(d.id, d)
  }
  return { ...ids, docs: wanted.flatMap((id) => byId.get(id) ?? []) }
}

/**
 * The releases of a list that have no version in the list's language, read again in the
 * language their page shows (shownLocaleOf), so no card or feed item is left without a headline.
 */
const inTheirLanguage = async (
  payload: Payload,
  now: Date,
  options: { locale: Locale; select: ReleaseFields; depth?: number },
  docs: ShownRelease[],
): Promise<ShownRelease[]> => {
  const missing = docs.filter((d) => !d.headline).map((d) => d.id)
  if (missing.length === 0) return []
  const where: Where = { and: [publicReleaseWhere(now), { id: { in: missing } }] }
  const { docs: all } = await payload.find({
    collection: 'press-releases',
    where,
    locale: 'all',
    depth: 0,
    pagination: false,
    select: { headline: true },
    ...anonymous,
  })
  const byLocale = new Map<Locale, (number | string)[]>()
  for (const d of all) {
    const shown = shownLocaleOf(releaseLocales(d.headline), options.locale)
    if (shown && shown !== options.locale)
      byLocale.set(shown, [...(byLocale.get(shown) ?? []), d.id])
  }
  const found = await Promise.all(
    [...byLocale].map(async ([shownLocale, ids]) => {
      const { docs: inShown } = await payload.find({
        collection: 'press-releases',
        where: { and: [publicReleaseWhere(now), { id: { in: ids } }] },
        pagination: false,
        locale: shownLocale,
        fallbackLocale: false,
        depth: options.depth ?? 0,
        select: options.select,
        populate: { media: { alt: true, url: true, filename: true, sizes: true, mimeType: true } },
        ...anonymous,
      })
      return (inShown as PressRelease[]).map((d) => ({ ...d, shownLocale }))
    }),
  )
  return found.flat()
}

/** A release as a list shows it, with the language its texts are in. */
export type ShownRelease = PressRelease & { shownLocale: Locale }

/**
 * The one rule for the language a release is shown in at `/{locale}/…` — its page, lists, feeds
 * and search: the one asked for, else the default, else the first it is written in.
 */
export const shownLocaleOf = (available: Locale[], asked: Locale): Locale | undefined =>
  available.includes(asked)
    ? asked
    : available.includes(defaultLocale)
      ? defaultLocale
      : available[0]

/** A page of the newest public releases, each in the language its page shows. */
export const listReleases = (payload: Payload, locale: Locale, filter: ListFilter, now: Date) =>
  publicCached(payload, `list|${locale}|${JSON.stringify(filter)}`, now, () =>
    newestFirst(payload, listWhere(now, filter), now, {
      page: filter.page,
      limit: PAGE_SIZE,
      locale,
      depth: 1,
      select: {
        headline: true,
        lead: true,
        slug: true,
        date: true,
        ...visibilitySelect,
        topics: true,
        media: true,
      },
    }),
  )

export type FoundRelease = {
  release: PressRelease
  /** The locale the release is shown in: the one asked for, else the first that exists. */
  shownLocale: Locale
  /** Every locale the release is written in. */
  available: Locale[]
}

/**
 * One public release by slug, in `locale` or, when it has no such version, in the default or
 * another existing one. Hidden and unknown releases both end at the first query.
 */
export const findPublicRelease = async (
  payload: Payload,
  slug: string,
  locale: Locale,
  now: Date,
): Promise<FoundRelease | null> => {
  const where: Where = { and: [readableReleaseWhere(now), { slug: { equals: slug } }] }
  const { docs } = await payload.find({
    collection: 'press-releases',
    where,
    locale: 'all',
    depth: 0,
    limit: 1,
    pagination: false,
    select: { headline: true },
    ...anonymous,
  })
  if (!docs[0]) return null
  const available = releaseLocales(docs[0].headline)
  const shownLocale = shownLocaleOf(available, locale)
  if (!shownLocale) return null
  const full = await payload.find({
    collection: 'press-releases',
    where,
    locale: shownLocale,
    fallbackLocale: false,
    depth: 2,
    limit: 1,
    pagination: false,
    ...anonymous,
  })
  return full.docs[0] ? { release: full.docs[0], shownLocale, available } : null
}

/** Topics of the newest 200 public releases, most used first, for the filter. */
export const publicTopics = (payload: Payload, now: Date): Promise<string[]> =>
  publicCached(payload, 'topics', now, () => topicsAt(payload, now))

const topicsAt = async (payload: Payload, now: Date): Promise<string[]> => {
  const { docs } = await newestFirst(payload, listedReleaseWhere(now), now, {
    limit: 200,
    locale: defaultLocale,
    select: { topics: true },
  })
  const counts = new Map<string, number>()
  for (const t of docs.flatMap((d) => d.topics ?? [])) counts.set(t, (counts.get(t) ?? 0) + 1)
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 30)
    .map(([t]) => t)
}

/** The newest public releases for feeds. */
export const newestReleases = (
  payload: Payload,
  locale: Locale,
  now: Date,
  options: { limit: number; topic?: string },
) =>
  newestFirst(payload, listWhere(now, { topic: options.topic }), now, {
    limit: options.limit,
    locale,
    depth: 1,
    select: {
      headline: true,
      lead: true,
      slug: true,
      date: true,
      ...visibilitySelect,
      updatedAt: true,
      topics: true,
      media: true,
      changeNotes: true,
      lastMajorChangeAt: true,
    },
  })

/** The most recently withdrawn releases, for the feeds' withdrawal entries. */
export const recentlyWithdrawn = (payload: Payload, locale: Locale, now: Date, limit: number) =>
  newestFirst(payload, withdrawnReleaseWhere(now), now, {
    limit,
    locale,
    select: { headline: true, slug: true, ...visibilitySelect },
  })

/** Every public release's slug, languages and last change, for the sitemap. */
export const sitemapReleases = (payload: Payload, now: Date) =>
  payload.find({
    collection: 'press-releases',
    where: listedReleaseWhere(now),
    locale: 'all',
    depth: 0,
    pagination: false,
    select: { slug: true, headline: true, updatedAt: true },
    ...anonymous,
  })

/** Every listed pack's slug, languages (a title in that locale) and last change, for the sitemap. */
export const sitemapPacks = async (payload: Payload, now: Date) =>
  payload.find({
    collection: 'press-packs',
    where: await listedPackWhere(payload, now),
    locale: 'all',
    depth: 0,
    pagination: false,
    select: { slug: true, title: true, updatedAt: true },
    ...anonymous,
  })

/** Listed packs: every release in them is listed (a pack holding a withdrawn one is only on record). */
export const publicPacks = (payload: Payload, locale: Locale, now: Date) =>
  publicCached(payload, `packs|${locale}`, now, () => packsIn(payload, locale, now))

const packsIn = async (payload: Payload, locale: Locale, now: Date) =>
  payload.find({
    collection: 'press-packs',
    where: await listedPackWhere(payload, now),
    sort: '-date',
    locale,
    fallbackLocale: defaultLocale,
    depth: 0,
    pagination: false,
    ...anonymous,
  })

/**
 * A public pack with its releases; the pack rule is checked at `now` too, so a pack holding a
 * release whose embargo has not lifted at `now` is not shown.
 */
export const findPublicPack = (
  payload: Payload,
  slug: string,
  locale: Locale,
  now: Date,
): Promise<PressPack | null> =>
  publicCached(payload, `pack|${locale}|${slug}`, now, () => packAt(payload, slug, locale, now))

const packAt = async (
  payload: Payload,
  slug: string,
  locale: Locale,
  now: Date,
): Promise<PressPack | null> => {
  const { docs } = await payload.find({
    collection: 'press-packs',
    where: { and: [await publicPackWhere(payload, now), { slug: { equals: slug } }] },
    locale,
    fallbackLocale: defaultLocale,
    depth: 0,
    limit: 1,
    pagination: false,
    ...anonymous,
  })
  const pack = docs[0]
  if (!pack) return null
  const ids = (pack.releases ?? []).map((r) => (typeof r === 'object' ? r.id : r))
  const releases = await releasesShown(payload, ids, locale, now)
  return releases.length === ids.length ? { ...pack, releases } : null
}

const cardFields: ReleaseFields = {
  headline: true,
  lead: true,
  slug: true,
  date: true,
  ...visibilitySelect,
  topics: true,
  media: true,
}

/**
 * Public releases by id, in the given order, each in the language its page shows (as on the home
 * list), so a pack's card of a release written only in another language is never empty.
 */
const releasesShown = async (
  payload: Payload,
  ids: (number | string)[],
  locale: Locale,
  now: Date,
): Promise<ShownRelease[]> => {
  if (ids.length === 0) return []
  const options = { locale, select: cardFields, depth: 1 }
  const { docs } = await payload.find({
    collection: 'press-releases',
    where: { and: [readableReleaseWhere(now), { id: { in: ids } }] },
    pagination: false,
    locale,
    fallbackLocale: false,
    depth: 1,
    select: cardFields,
    populate: { media: { alt: true, url: true, filename: true, sizes: true, mimeType: true } },
    ...anonymous,
  })
  const byId = new Map((docs as PressRelease[]).map((d) => [d.id, { ...d, shownLocale: locale }]))
  for (const d of await inTheirLanguage(payload, now, options, [...byId.values()]))
    byId.set(d.id, d)
  return ids.flatMap((id) => byId.get(id as number) ?? [])
}

export const publicContacts = (payload: Payload, locale: Locale, now: Date) =>
  publicCached(payload, `contacts|${locale}`, now, () => contactsIn(payload, locale))

const contactsIn = (payload: Payload, locale: Locale) =>
  payload.find({
    collection: 'press-contacts',
    sort: 'name',
    locale,
    fallbackLocale: defaultLocale,
    depth: 0,
    pagination: false,
    ...anonymous,
  })

export const loadOffice = (payload: Payload, locale: Locale, now: Date = new Date()) =>
  publicCached(payload, `office|${locale}`, now, () =>
    payload.findGlobal({
      slug: 'press-office',
      locale,
      fallbackLocale: defaultLocale,
      depth: 1,
      ...anonymous,
    }),
  )

/** An image's web address for a list thumbnail or a page, if it is an image at all. */
export const imageOf = (
  media: unknown,
  size: 'print' | null = null,
): { src: string; alt: string; original: string } | null => {
  const m = media as Media | null
  if (!m || typeof m !== 'object' || !m.mimeType?.startsWith('image/') || !m.url) return null
  const sized = size ? m.sizes?.[size]?.url : null
  return { src: sized || m.url, alt: m.alt ?? '', original: m.url }
}
