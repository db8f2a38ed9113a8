import type { Ask } from './anonymousAsk'
import type { Known } from './recent'

import { etagOfKey, fileHeaders, notModified } from '../collections/shared/exportResponse'
import { recentKey } from './recent'
import { sharedStore } from './store'

/** A stored public document with what its answer says about it. */
export type StoredDocument = { recent: Known; data: Uint8Array }

/** An answer as status, headers and body, for a Node response or a Fetch one alike. */
export type StoredAnswer = {
  status: 200 | 304
  headers: Record<string, string>
  body: Uint8Array | null
}

const answerWith = (
  request: { headers: Headers },
  recent: Known,
  format: string,
  data: Uint8Array | null,
): StoredAnswer => {
  const etag = etagOfKey(recent.key)
  const headers = fileHeaders(recent, {
    etag,
    lastModified: recent.updatedAt,
    shared: true,
    attachment: format === 'zip',
  })
  return notModified(request, etag) || !data
    ? { status: 304, headers, body: null }
    : { status: 200, headers, body: data }
}

/** The document for `ask` from the render store when its key is known current at `now`, or null. */
export const storedDocument = async (
  { kind, ref, locale, format }: Ask,
  now: Date = new Date(),
  generationNow?: () => Promise<number>,
): Promise<StoredDocument | null> => {
  const recent = await recentKey(kind, ref, locale, format, now, generationNow)
  const data = recent && (await sharedStore().get(recent.key))
  return recent && data ? { recent, data } : null
}

/** The answer to `request` with a stored document (304 when the reader has it). */
export const storedDocumentAnswer = (
  request: { headers: Headers },
  ask: Ask,
  stored: StoredDocument,
): StoredAnswer => answerWith(request, stored.recent, ask.format, stored.data)

/**
 * A public document from the render store when its key is known to be current at `now` (see
 * recentKey), with its ETag (304 when the reader has it, without reading the file); null when
 * the full export must decide.
 */
export const storedAnswer = async (
  request: { headers: Headers },
  ask: Ask,
  now: Date = new Date(),
  generationNow?: () => Promise<number>,
): Promise<StoredAnswer | null> => {
  const { kind, ref, locale, format } = ask
  const recent = await recentKey(kind, ref, locale, format, now, generationNow)
  if (!recent) return null
  if (notModified(request, etagOfKey(recent.key))) return answerWith(request, recent, format, null)
  const data = await sharedStore().get(recent.key)
  return data ? answerWith(request, recent, format, data) : null
}

/** The same as a Fetch Response (the export routes). */
export const asResponse = ({ status, headers, body }: StoredAnswer): Response =>
  new Response(body && Buffer.from(body), { status, headers })
