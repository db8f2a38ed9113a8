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
 * The one rule for "an anonymous export": no credentials (neither an Authorization header nor
 * Payload's cookie; staff get what their access gives them), not a draft, a format the document
 * has and a locale we publish in (the default when absent). Returns what is asked for, or null
 * when the request is Payload's to answer (its sign-in, its refusals: 400, 401).
 */
export const anonymousAsk = (
  collection: string,
  ref: string,
  format: string,
  headers: Headers,
  search: URLSearchParams,
): Ask | null => {
  const kind = kindOfCollection[collection]
  const locale = askedLocale(search.get('locale'))
  if (!kind || !formatsOf[kind].includes(format)) return null
  if (carriesCredentials(headers) || asksForDraft(search.get('draft'))) return null
  return isLocale(locale) ? { kind, ref, locale, format } : null
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
  return anonymousAsk(address.collection, ref, address.format, headers, url.searchParams)
}
