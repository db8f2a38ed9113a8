import type { PayloadRequest } from 'payload'

import type { OutputFile } from '../../generator/outputs'
import type { Locale } from '../../lib/locales'

import { isBrowserFailure } from '../../generator/browser'
import { checkLocale } from '../../generator/loadRelease'
import { type ErrorAsker, errorResponse } from '../../lib/errorResponse'
import { refused } from '../../lib/errors'
import { type ExportRefusal, newsroomOwnWords } from '../../newsroom/words'
import { asksForDraft } from '../../render/anonymousAsk'

/**
 * A journalist's refusal of an export (404, 503), in the language the document was asked in, with
 * its key; staff get theirs from exportErrorResponse, in the admin's language.
 */
export const journalistRefusal = (
  key: ExportRefusal,
  status: 404 | 503,
  locale: Locale,
  headers?: Record<string, string>,
): Response =>
  Response.json(
    { errors: [{ message: newsroomOwnWords[locale].exportRefusals[key], data: { key } }] },
    { status, headers },
  )

/**
 * The one error edge of every custom endpoint (src/lib/errorResponse.ts), with a Chromium that
 * failed twice told as a 503 the reader may retry.
 */
export const exportErrorResponse = (req: ErrorAsker, error: unknown): Response =>
  errorResponse(
    req,
    isBrowserFailure(error) ? refused('refuseRendererUnavailable', {}, 503) : error,
  )

export type Query = { locale?: string; draft: boolean }

export const readQuery = (req: PayloadRequest): Query => {
  const value = (key: string) => {
    const fromQuery = req.query?.[key]
    if (typeof fromQuery === 'string') return fromQuery
    return req.searchParams?.get(key) ?? undefined
  }
  return { locale: value('locale'), draft: asksForDraft(value('draft')) }
}

export const requireDraftAccess = (req: PayloadRequest, query: Query) => {
  if (query.draft && !req.user) throw refused('refuseDraftsLogIn', {}, 401)
}

/**
 * What an export request asks for: the document (:id or slug), locale and draft flag, checked;
 * the loader then reads as `req.user` with access control on, like any read.
 */
export const readExportRequest = (req: PayloadRequest) => {
  const query = readQuery(req)
  const locale = checkLocale(query.locale)
  requireDraftAccess(req, query)
  const id = String(req.routeParams?.id ?? '')
  return {
    id,
    locale,
    load: { locale, draft: query.draft, req, overrideAccess: false },
  }
}

type FileOptions = {
  etag: string
  lastModified?: string
  shared: boolean
  attachment?: boolean
}

/**
 * A file's headers: inline for documents, attachment for archives; the ETag is the render key,
 * so a repeated request costs no rendering; public caching only for what anyone may read.
 */
export const fileHeaders = (
  file: Pick<OutputFile, 'name' | 'contentType'>,
  options: FileOptions,
): Record<string, string> => {
  const headers: Record<string, string> = {
    'Content-Type': file.contentType,
    'Content-Disposition': `${options.attachment ? 'attachment' : 'inline'}; filename="${file.name}"`,
    ETag: options.etag,
    'Cache-Control': options.shared ? 'public, max-age=60, must-revalidate' : 'private, no-cache',
    'X-Content-Type-Options': 'nosniff',
  }
  if (file.contentType.startsWith('text/html')) {
    // Journalists' HTML: no scripts, no frames, images only from here or inline.
    headers['Content-Security-Policy'] =
      "default-src 'none'; img-src 'self' data:; style-src data: 'unsafe-inline'"
  }
  if (options.lastModified) {
    headers['Last-Modified'] = new Date(options.lastModified).toUTCString()
  }
  return headers
}

/** A file response with fileHeaders; 304 with no body when the reader has this ETag. */
export const fileResponse = (
  req: { headers: Headers },
  file: OutputFile,
  options: FileOptions,
): Response => {
  const headers = new Headers(fileHeaders(file, options))
  if (notModified(req, options.etag)) return new Response(null, { status: 304, headers })
  const body = typeof file.data === 'string' ? file.data : Buffer.from(file.data)
  return new Response(body, { status: 200, headers })
}

/** The ETag of a render key. */
export const etagOfKey = (key: string): string => `"${key}"`

/** If-None-Match names this ETag (one of a list, or `*`). */
export const notModified = (req: { headers: Headers }, etag: string): boolean => {
  const header = req.headers.get('if-none-match')
  if (!header) return false
  return (
    header.trim() === '*' ||
    header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)
  )
}
