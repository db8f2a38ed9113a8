import type { Payload, Where } from 'payload'

import type { Locale } from '../lib/locales'

import { publicReleaseWhere } from '../access/publicRelease'
import { textBlocks } from '../generator/lexical'
import { publicCached } from './publicCache'
import { newestFirst } from './releases'
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
  date: string
  score: number
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
    for (let i = folded.indexOf(w); i !== -1; i = folded.indexOf(w, i + w.length)) marked.fill(true, i, i + w.length)
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
export const searchReleases = (payload: Payload, locale: Locale, query: string, now: Date): Promise<SearchResult> => {
  const words = searchWords(query)
  if (words.length === 0) return Promise.resolve({ words, hits: [], total: 0 })
  return publicCached(payload, `search|${locale}|${words.join(' ')}`, now, () => searchAt(payload, locale, words, now))
}

export type SearchResult = { words: string[]; hits: SearchHit[]; total: number }

const searchAt = async (payload: Payload, locale: Locale, words: string[], now: Date): Promise<SearchResult> => {
  const where: Where = {
    and: [publicReleaseWhere(now), ...words.map((w) => ({ searchText: { like: w } }))],
  }
  // Ids first (sorted, bounded), then their folded text: see newestFirst in ./releases.
  const { docs, totalDocs } = await newestFirst(payload, where, now, {
    limit: CANDIDATES,
    locale,
    fallbackLocale: false,
    select: { searchText: true },
  })
  const ranked = docs
    .map((d) => {
      const [headline = '', lead = '', body = ''] = (d.searchText ?? '').split(SECTION)
      const score = words.reduce((s, w) => s + 5 * count(headline, w) + 2 * count(lead, w) + count(body, w), 0)
      return { id: d.id, score }
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, RESULTS)
  if (ranked.length === 0) return { words, hits: [], total: totalDocs }
  const { docs: full } = await payload.find({
    collection: 'press-releases',
    where: { and: [publicReleaseWhere(now), { id: { in: ranked.map((r) => r.id) } }] },
    limit: RESULTS,
    locale,
    fallbackLocale: false,
    depth: 0,
    select: { headline: true, lead: true, slug: true, date: true, body: true },
    overrideAccess: false,
    user: undefined,
  })
  const byId = new Map(full.map((d) => [d.id, d]))
  const hits = ranked.flatMap(({ id, score }) => {
    const d = byId.get(id)
    if (!d) return []
    const lead = d.lead ?? ''
    const foldedLead = foldForSearch(lead)
    // The snippet is the lead when a word is in it, else the body around the first match.
    const body = d.body ? textBlocks(d.body).map((b) => b.text).join(' ') : ''
    const source = words.some((w) => foldedLead.includes(w)) || !body ? lead : body
    return [{ id, slug: d.slug ?? String(id), date: d.date, score, headline: markWords(d.headline, words), snippet: markWords(around(source, words), words) }]
  })
  return { words, hits, total: totalDocs }
}
