import type { Locale } from './lib/locales'

import { databaseIsAway, noteDatabaseFailure } from './lib/databaseHealth'
import { crossSiteCookieWrite, crossSiteRefusal } from './lib/sameOrigin'
import { databaseUnavailableResponse } from './lib/unavailablePage'
import { newsroomAddress } from './newsroom/addresses'
import { goneResponse, notFoundResponse } from './newsroom/notFoundDocument'

/** The raw path's segments, decoded; null when one does not decode (`/pl/%E0%A4%A`). */
const segmentsOf = (rawPath: string): string[] | null => {
  try {
    return rawPath.split('/').filter(Boolean).map(decodeURIComponent)
  } catch {
    return null
  }
}

/**
 * Answers before Next renders anything:
 * - a cookie-signed write from another site, without PRESSROOM_PUBLIC_URL (src/lib/sameOrigin.ts).
 * - the newsroom's 404s. Next 16 answers a notFound() thrown by a page with an empty document and
 *   draws the not-found text in the browser only (vercel/next.js#62228), so a reader without
 *   JavaScript, or a crawler, would get a blank page. Here the text is in the HTML, and draft,
 *   embargoed and unknown releases, packs, languages and addresses all get the same document. An
 *   address whose %-encoding does not decode gets it too (Next would answer it with a bare 500).
 * - a plain 503 page while the database is away: a page would be a 500 (the API answers its own
 *   JSON 503).
 */
export async function proxy(request: Request) {
  const raw = request.url.replace(/^[a-z]+:\/\/[^/]+/i, '').split(/[?#]/)[0]
  const segments = segmentsOf(raw)
  if (!segments) return notFoundResponse()
  if (crossSiteCookieWrite(request.method, request.headers)) return crossSiteRefusal()
  if (raw.startsWith('/api/')) return undefined
  if (await databaseIsAway()) return databaseUnavailableResponse()
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined
  const address = newsroomAddress(segments)
  // The 404 page carries the emergency notice too, read like the pages' (one cached read).
  const notFound = async (locale: Locale | null) =>
    notFoundResponse(locale, await (await import('./newsroom/publicAddress')).noticeFor(locale))
  if (address.kind === 'missing') return notFound(address.locale)
  if (address.kind === 'release' || address.kind === 'pack') {
    // Loaded only here: every other request (the admin, the API, files) passes without Payload.
    const { isPublicAt, noticeFor, withdrawnAt } = await import('./newsroom/publicAddress')
    const now = new Date()
    let isPublic: boolean
    let withdrawn: Awaited<ReturnType<typeof withdrawnAt>> = null
    try {
      isPublic = await isPublicAt(address, now)
      if (!isPublic) withdrawn = await withdrawnAt(address, now)
    } catch (error) {
      noteDatabaseFailure()
      if (await databaseIsAway()) return databaseUnavailableResponse()
      throw error
    }
    // Removed in error: 410 with the office's words; superseded: 301 to the release replacing it.
    if (withdrawn?.kind === 'gone')
      return goneResponse(withdrawn.locale, withdrawn.note, await noticeFor(withdrawn.locale))
    if (withdrawn?.kind === 'moved')
      return new Response(null, {
        status: 301,
        headers: {
          // Next's proxy wants an absolute address: the request's own origin.
          Location: new URL(
            `/${withdrawn.locale}/${encodeURIComponent(withdrawn.slug)}`,
            request.url,
          ).toString(),
          'Cache-Control': 'no-cache',
        },
      })
    if (!isPublic) return notFound(address.locale)
  }
  return undefined
}

export const config = { matcher: '/((?!_next/static/|_next/image).*)' }
