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

/**
 * Who leads a flight of readers: the front server (its leader's request on its way through Next)
 * or the export route (the load and rendering itself).
 */
type Leader = 'front' | 'route'
type Flight = { by: Leader; done: Promise<unknown> }

// Shared by the front server and every bundle of the export route in this process.
const flights = ((
  globalThis as { __pressroomReaderFlights?: Map<string, Flight> }
).__pressroomReaderFlights ??= new Map())
// Started after the leader finished, so after every reader waiting on it arrived: never older news.
const afterFlight = new WeakMap<Promise<unknown>, Promise<StoredDocument | null>>()

/**
 * The one single-flight of anonymous readers of one document (the rush at an embargo lift), for
 * `npm start` and `next start` alike: the first reader leads (`lead`), readers arriving meanwhile
 * join its flight and wait for it. The export route never joins a flight the front server leads:
 * that is the route's own request, still on its way through Next.
 */
export const readerFlight = <T>(
  by: Leader,
  ask: Ask,
  lead: () => Promise<T>,
): { led: Promise<T> } | { joined: Flight } => {
  const entry = `${ask.kind}|${ask.ref}|${ask.locale}|${ask.format}`
  const running = flights.get(entry)
  if (running && !(by === 'route' && running.by === 'front')) return { joined: running }
  const led = lead()
  if (!running) {
    flights.set(entry, { by, done: led })
    const land = () => flights.get(entry)?.done === led && flights.delete(entry)
    led.then(land, land)
  }
  return { led }
}

/**
 * The stored document once a joined flight has landed, read once for all its waiting readers;
 * null when the store still has nothing current (a hidden document, a failed leader).
 */
export const storedAfter = (flight: Flight, ask: Ask, now: () => Date) => {
  let lookup = afterFlight.get(flight.done)
  if (!lookup) {
    const landed = flight.done.then(
      () => {},
      () => {},
    )
    afterFlight.set(flight.done, (lookup = landed.then(() => storedDocument(ask, now()))))
  }
  return lookup
}
