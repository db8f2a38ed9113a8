import type { Locale } from '../lib/locales'

import { isLocale } from '../lib/locales'
import { isSlug } from './params'

/**
 * What a path names in the newsroom, read from the path alone (the proxy's first look, before
 * any page runs): a page that is there whatever the content, a release or pack that exists only
 * if it is public at this moment, nothing at all, or an address the newsroom does not own.
 */
export type NewsroomAddress =
  | { kind: 'page' }
  | { kind: 'release'; locale: Locale; slug: string }
  | { kind: 'pack'; locale: Locale; slug: string }
  | { kind: 'missing'; locale: Locale | null }
  | { kind: 'other' }

/**
 * The first segments served by the rest of the app (src/app outside the newsroom, Next's own
 * files); any other first segment is the newsroom's language segment. Kept in step with src/app
 * by tests/newsroom-addresses.test.ts.
 */
export const otherTopSegments = [
  '_next',
  'admin',
  'api',
  'r',
  'robots.txt',
  'sitemap.xml',
  'subscribe',
  'u',
]

// Pages under a language whose answer does not depend on which releases are public.
const fixedPages = [
  'contacts',
  'search',
  'subscribe',
  'feed.xml',
  'atom.xml',
  'packs',
  'deklaracja-dostepnosci',
  'changes',
  'changes.xml',
]

/** `segments`: the path's segments, decoded, without empty ones (`/pl/abc` → ['pl', 'abc']). */
export const newsroomAddress = (segments: string[]): NewsroomAddress => {
  const [first, second, third, ...deeper] = segments
  if (first === undefined) return { kind: 'page' }
  if (otherTopSegments.includes(first)) return { kind: 'other' }
  if (!isLocale(first)) return { kind: 'missing', locale: null }
  const locale = first
  if (second === undefined) return { kind: 'page' }
  if (deeper.length > 0) return { kind: 'missing', locale }
  if (second === 'packs' && third !== undefined) {
    return isSlug(third) ? { kind: 'pack', locale, slug: third } : { kind: 'missing', locale }
  }
  if (third !== undefined) return { kind: 'missing', locale }
  if (fixedPages.includes(second)) return { kind: 'page' }
  return isSlug(second) ? { kind: 'release', locale, slug: second } : { kind: 'missing', locale }
}
