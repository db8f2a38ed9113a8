import type { Payload, Where } from 'payload'

import type { Locale } from '../lib/locales'
import type { PressRelease } from '../payload-types'

import { listedReleaseWhere, releasePublicSince, visibilitySelect } from '../access/visibility'
import { locales } from '../lib/locales'
import { textBlocks } from '../generator/lexical'
import { publicCached } from './publicCache'
import { releaseLocales } from '../lib/locales'
import { newestFirst, shownLocaleOf } from './releases'
import { SECTION, foldForSearch, searchWords } from '../lib/searchText'

export const RESULTS = 20
/** Matching releases ranked per query: the newest this many, so a word in every release stays fast. */
export const CANDIDATES = 100

export type Marked = { text: string; mark: boolean }[]

export type SearchHit = {
  id: number
  slug: string
  headline: Marked
  snippet: Marked
  /** When the release became public (releasePublicSince), as on the list's cards. */
  date: string | null
  score: number
  /** The language of the headline and snippet (the page's, see shownLocaleOf). */
  shownLocale: Locale
}

const count = (haystack: string, word: string) => {
  let n = 0
  for (let i = haystack.indexOf(word); i !== -1; i = haystack.indexOf(word, i + word.length)) n++
  return n
}

/** Splits `text` into runs, marking where any of the (folded) words occur. */
export const markWords = (text: string, words: string[]): Marked => {
  const folded = foldForSearch(text)
  const marked = new Array<boolean>(text.length).fill(false)
  for (const w of words) {
    for (let i = folded.indexOf(w); i !== -1; i = folded.indexOf(w, i + w.length))
      marked.fill(true, i, i + w.length)
  }
  const runs: Marked = []
  for (let i = 0; i < text.length; i++) {
    const last = runs[runs.length - 1]
    if (last && last.mark === marked[i]) last.text += text[i]
    else runs.push({ text: text[i], mark: marked[i] })
  }
  return runs
}

/** Up to ~240 characters of `text` around its first match. */
const around = (text: string, words: string[]): string => {
  const folded = foldForSearch(text)
  const at = Math.min(...words.map((w) => folded.indexOf(w)).filter((i) => i >= 0), Infinity)
  if (!Number.isFinite(at) || text.length <= 240) return text.slice(0, 240)
  const start = Math.max(0, at - 80)
  return `${start > 0 ? '…' : ''}${text.slice(start, start + 240).trim()}…`
}

/**
 * Full text over headline, lead and body of the public releases in `locale` at `now`:
 * every word must occur (diacritics-insensitive); a word in the headline weighs most.
 */
export const searchReleases = (
  payload: Payload,
  locale: Locale,
  query: string,
  now: Date,
): Promise<SearchResult> => {
  const words = searchWords(query)
  if (words.length === 0) return Promise.resolve({ words, hits: [], total: 0 })
  return publicCached(payload, `search|${locale}|${words.join(' ')}`, now, () =>
    searchAt(payload, locale, words, now),
  )
}

export type SearchResult = { words: string[]; hits: SearchHit[]; total: number }

const searchAt = async (
  payload: Payload,
  locale: Locale,
  words: string[],
  now: Date,
): Promise<SearchResult> => {
  const where: Where = {
    and: [listedReleaseWhere(now), ...words.map((w) => ({ searchText: { like: w } }))],
  }
  // Each language's text, then only the releases /{locale}/… shows in that language
  // (shownLocaleOf, as their page): a release written only in English is found in Polish too.
  // Ids first (sorted, bounded), then their folded text: see newestFirst in ./releases.
  const found = await Promise.all(
    [locale, ...locales.filter((l) => l !== locale)].map(async (textLocale) => {
      const { docs, totalDocs } = await newestFirst(payload, where, now, {
        limit: CANDIDATES,
        locale: textLocale,
        fallbackLocale: false,
        select: { searchText: true },
      })
      return { textLocale, docs, totalDocs }
    }),
  )
  const [own, ...others] = found
  const shownElsewhere = await shownLocales(
    payload,
    now,
    locale,
    others.flatMap((o) => o.docs.map((d) => d.id)),
  )
  const candidates = [
    ...own!.docs.map((d) => ({ d, shownLocale: locale })),
    ...others.flatMap((o) =>
      o.docs
        .filter((d) => shownElsewhere.get(d.id) === o.textLocale)
        .map((d) => ({ d, shownLocale: o.textLocale })),
    ),
  ]
  const total = candidates.length - own!.docs.length + own!.totalDocs
  const ranked = candidates
    .map(({ d, shownLocale }) => {
      const [headline = '', lead = '', body = ''] = (d.searchText ?? '').split(SECTION)
      const score = words.reduce(
        (s, w) => s + 5 * count(headline, w) + 2 * count(lead, w) + count(body, w),
        0,
      )
      return { id: d.id, score, shownLocale }
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, RESULTS)
  if (ranked.length === 0) return { words, hits: [], total }
  const byId = new Map<number, PressRelease>()
  for (const shownLocale of new Set(ranked.map((r) => r.shownLocale))) {
    const { docs: full } = await payload.find({
      collection: 'press-releases',
      where: {
        and: [
          listedReleaseWhere(now),
          { id: { in: ranked.filter((r) => r.shownLocale === shownLocale).map((r) => r.id) } },
        ],
      },
      limit: RESULTS,
      locale: shownLocale,
      fallbackLocale: false,
      depth: 0,
      select: {
        headline: true,
        lead: true,
        slug: true,
        date: true,
        ...visibilitySelect,
        body: true,
      },
      overrideAccess: false,
      user: undefined,
    })
    for (const d of full) byId.set(d.id, d as PressRelease)
  }
  const hits = ranked.flatMap(({ id, score, shownLocale }) => {
    const d = byId.get(id)
    if (!d) return []
    const lead = d.lead ?? ''
    const foldedLead = foldForSearch(lead)
    // The snippet is the lead when a word is in it, else the body around the first match.
    const body = d.body
      ? textBlocks(d.body)
          .map((b) => b.text)
          .join(' ')
      : ''
    const source = words.some((w) => foldedLead.includes(w)) || !body ? lead : body
    return [
      {
        id,
        slug: d.slug ?? String(id),
        date: releasePublicSince(d),
        score,
        shownLocale,
        headline: markWords(d.headline, words),
        snippet: markWords(around(source, words), words),
      },
    ]
  })
  return { words, hits, total }
}

/** The language each release is shown in at /{locale}/… (shownLocaleOf), for the given ids. */
const shownLocales = async (
  payload: Payload,
  now: Date,
  locale: Locale,
  ids: number[],
): Promise<Map<number, Locale | undefined>> => {
  if (ids.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'press-releases',
    where: { and: [listedReleaseWhere(now), { id: { in: ids } }] },
    locale: 'all',
    depth: 0,
    pagination: false,
    select: { headline: true },
    overrideAccess: false,
    user: undefined,
  })
  return new Map(docs.map((d) => [d.id, shownLocaleOf(releaseLocales(d.headline), locale)]))
}
