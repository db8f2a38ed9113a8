import type { DocumentKind } from './recent'

import { carriesCredentials } from '../lib/credentials'
import { askedLocale, isLocale, type Locale } from '../lib/locales'

/** A document an anonymous reader asks for: `/api/<collection>/:ref/:format?locale=…`. */
export type Ask = { kind: DocumentKind; ref: string; locale: Locale; format: string }

const kindOfCollection: Record<string, DocumentKind> = {
  'press-releases': 'release',
  'press-packs': 'pack',
}

/** The formats each kind of document is exported in (the collections' export endpoints). */
const formatsOf: Record<DocumentKind, readonly string[]> = {
  release: ['pdf', 'html', 'txt'],
  pack: ['pdf', 'zip'],
}

/** Whether a query's `draft` value asks for the draft: `true`, as Payload reads it. */
export const asksForDraft = (value: unknown): boolean => value === 'true'

/**
 * What decides whether a request is anonymous, as read once where it arrived: the query's
 * `locale` (absent or empty: the default) and `draft` (asksForDraft), and whether anyone signed
 * in — credentials in its headers (carriesCredentials), or a user Payload already has for it.
 */
export type Asking = { locale?: string | null; draft: boolean; signedIn: boolean }

/** The same read from a request's headers and query (the front server, the export route). */
export const askingOf = (headers: Headers, search: URLSearchParams): Asking => ({
  locale: search.get('locale'),
  draft: asksForDraft(search.get('draft')),
  signedIn: carriesCredentials(headers),
})

/**
 * The one rule for "an anonymous export": nobody signed in (staff get what their access gives
 * them), not a draft, a format the document has and a locale we publish in (the default when
 * absent). Returns what is asked for, or null when the request is Payload's to answer (its
 * sign-in, its refusals: 400, 401).
 */
export const anonymousAsk = (
  collection: string,
  ref: string,
  format: string,
  { locale, draft, signedIn }: Asking,
): Ask | null => {
  const kind = kindOfCollection[collection]
  const asked = askedLocale(locale)
  if (!kind || !formatsOf[kind].includes(format) || signedIn || draft) return null
  return isLocale(asked) ? { kind, ref, locale: asked, format } : null
}

/**
 * An export address, `/api/press-releases|press-packs/:ref/:format` (the reference still
 * %-encoded), or null for any other path.
 */
const exportAddressOf = (pathname: string) => {
  const match = /^\/api\/([a-z-]+)\/([^/]+)\/([a-z]+)$/.exec(pathname)
  if (!match || !kindOfCollection[match[1]]) return null
  return { collection: match[1], encodedRef: match[2], format: match[3] }
}

/** A %-encoded path segment decoded, or null when it does not decode (`%E0%A4%A`). */
const decodedSegment = (encoded: string): string | null => {
  try {
    return decodeURIComponent(encoded)
  } catch (error) {
    if (error instanceof URIError) return null
    throw error
  }
}

/** The same rule for a request URL (the server in front of Next): null for any other path. */
export const anonymousAskOfUrl = (url: URL, headers: Headers): Ask | null => {
  const address = exportAddressOf(url.pathname)
  const ref = address && decodedSegment(address.encodedRef)
  if (!address || ref === null) return null
  return anonymousAsk(address.collection, ref, address.format, askingOf(headers, url.searchParams))
}
