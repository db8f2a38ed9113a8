import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import crypto from 'node:crypto'
import zlib from 'node:zlib'

import type { PageSource } from './pageSource'

import { carriesCredentials } from '../lib/credentials'
import { newsroomAddress } from '../newsroom/addresses'
import { holdResponse, type WrittenResponse } from './heldResponse'
import { pageSource } from './pageSource'
import { pageCacheControl } from './sharedCache'

/**
 * The newsroom's public pages, feeds and sitemap, rendered once per content generation and
 * embargo moment and kept in memory, the way published documents are kept in the render store.
 *
 * A page's answer depends on the address, the content and the clock only through the embargo
 * rule, so an answer Next wrote at `from`, with the content generation at G, is the answer for
 * that address until the generation moves or the next embargo lifts (nextPublicMoment in
 * src/access/visibility.ts), whichever comes first. Each request reads the generation (one
 * row; concurrent requests share a read that started after they arrived), so a save through any
 * instance or the CLI is seen by the next request. Whatever the page returned is kept, status,
 * headers and body (a 404, a redirect, a withdrawn release's 410), except a 5xx or an answer
 * that sets a cookie. Concurrent misses of one address wait for the first one's answer.
 */

type Entry = {
  status: number
  headers: Record<string, string | string[]>
  body: Buffer
  gzip: Buffer | null
  etag: string
  generation: number
  from: number
  until: number
  size: number
}

export type StoredPagesOptions = {
  now?: () => Date
  source?: () => PageSource | null
  /** Bytes kept at most (the least recently served go first). */
  limitBytes?: number
  /** The longest an answer is kept, for what a page shows from the clock (the years to filter by). */
  maxAgeMs?: number
}

/** The query parameters a stored page may depend on (the list's filters); the rest are ignored. */
const pageParams = ['page', 'topic', 'year', 'month']

// Pages whose answer depends on more than content and time, or that are read as a visitor.
const dynamicPages = new Set(['search', 'subscribe'])
// Addresses outside a language that are the newsroom's too.
const newsroomFiles = new Set(['/sitemap.xml', '/robots.txt'])

// Headers that belong to one connection or are set again when a stored page is sent.
const notKept = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
  'date',
  'etag',
  'cache-control',
  'vary',
])

/**
 * The address under which the request's answer is kept, or null when it must be rendered for
 * this request: not a GET, credentials (staff may see more), Next's client navigation (RSC),
 * search and the sign-up page, personal links, the admin and the API.
 */
export const pageKeyOf = (req: IncomingMessage): string | null => {
  if (req.method !== 'GET' || !req.url) return null
  const headers = req.headers
  if (headers.rsc || headers['next-router-prefetch'] || headers['next-router-state-tree'])
    return null
  if (
    (headers.cookie || headers.authorization) &&
    carriesCredentials(
      new Headers({
        cookie: String(headers.cookie ?? ''),
        authorization: String(headers.authorization ?? ''),
      }),
    )
  )
    return null
  const url = new URL(req.url, 'http://pages')
  if (url.searchParams.has('_rsc')) return null
  const query = pageParams
    .filter((name) => url.searchParams.has(name))
    .map((name) => `${name}=${encodeURIComponent(url.searchParams.get(name) as string)}`)
    .join('&')
  const key = `${url.pathname}${query ? `?${query}` : ''}`
  if (newsroomFiles.has(url.pathname)) return key
  let segments: string[]
  try {
    segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent)
  } catch {
    return null
  }
  const address = newsroomAddress(segments)
  if (address.kind === 'other') return null
  if (address.kind === 'page' && dynamicPages.has(segments[1] ?? '')) return null
  return key
}

/**
 * One read of the generation for every request that arrives while none has started since: a
 * request waits for a read that began after it arrived, so it never gets an older generation.
 */
const freshReads = new WeakMap<PageSource, () => Promise<number>>()
const freshGeneration = (source: PageSource): Promise<number> => {
  let read = freshReads.get(source)
  if (!read) {
    let current: Promise<number> | null = null
    let queued: Promise<number> | null = null
    const start = () => {
      const running: Promise<number> = source.generation().finally(() => {
        if (current === running) current = null
      })
      current = running
      return running
    }
    read = () => {
      if (!current) return start()
      queued ??= current
        .then(
          () => undefined,
          () => undefined,
        )
        .then(() => {
          queued = null
          return start()
        })
      return queued
    }
    freshReads.set(source, read)
  }
  return read()
}

const etagOf = (status: number, body: Buffer) =>
  `"p${status}-${crypto.createHash('sha1').update(body).digest('base64url').slice(0, 27)}"`

const compressible = (headers: Record<string, string | string[]>) =>
  /^(text\/|application\/(xml|rss\+xml|atom\+xml|json|javascript))/.test(
    String(headers['content-type'] ?? ''),
  )

const entryOf = (
  written: WrittenResponse,
  generation: number,
  from: number,
  until: number,
): Entry | null => {
  if (written.status >= 500 || written.headers['set-cookie']) return null
  const headers: Record<string, string | string[]> = {}
  for (const [name, value] of Object.entries(written.headers))
    if (!notKept.has(name)) headers[name] = value
  const gzip =
    written.body.byteLength > 1024 && compressible(headers) ? zlib.gzipSync(written.body) : null
  return {
    status: written.status,
    headers,
    body: written.body,
    gzip,
    etag: etagOf(written.status, written.body),
    generation,
    from,
    until,
    size: written.body.byteLength + (gzip?.byteLength ?? 0) + 512,
  }
}

const matches = (ifNoneMatch: string | undefined, etag: string) =>
  Boolean(ifNoneMatch) &&
  (ifNoneMatch === '*' || (ifNoneMatch as string).split(',').some((t) => t.trim() === etag))

/** The answer to `req` from `entry`: 304 when the reader has it, gzip when the reader takes it. */
const answer = (
  req: IncomingMessage,
  entry: Entry,
  send: (status: number, headers: OutgoingHttpHeaders, body: Buffer | null) => void,
) => {
  const headers: OutgoingHttpHeaders = {
    ...entry.headers,
    ETag: entry.etag,
    'Cache-Control': pageCacheControl(),
    Vary: 'Accept-Encoding',
  }
  if (matches(req.headers['if-none-match'], entry.etag) && entry.status === 200)
    return send(304, headers, null)
  const gzip = entry.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
  const body = gzip ? (entry.gzip as Buffer) : entry.body
  send(
    entry.status,
    {
      ...headers,
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      'Content-Length': String(body.byteLength),
    },
    body,
  )
}

const sendOn =
  (res: ServerResponse) => (status: number, headers: OutgoingHttpHeaders, body: Buffer | null) => {
    res.writeHead(status, headers)
    res.end(body ?? undefined)
  }

type Next = (req: IncomingMessage, res: ServerResponse) => unknown

/**
 * The page store: `handle(req, res, next)` answers a stored page, or lets `next` render it (the
 * first of concurrent misses; the others wait for it) and keeps the answer. Requests that are not
 * kept (pageKeyOf) go straight to `next`.
 */
export const storedPages = ({
  now = () => new Date(),
  source = pageSource,
  limitBytes = 64 * 2 ** 20,
  maxAgeMs = 5 * 60_000,
}: StoredPagesOptions = {}) => {
  const entries = new Map<string, Entry>()
  const rendering = new Map<string, Promise<Entry | null>>()
  let bytes = 0

  const drop = (key: string) => {
    const old = entries.get(key)
    if (!old) return
    bytes -= old.size
    entries.delete(key)
  }
  const keep = (key: string, entry: Entry) => {
    drop(key)
    entries.set(key, entry)
    bytes += entry.size
    while (bytes > limitBytes && entries.size > 1) drop(entries.keys().next().value as string)
  }
  const current = (key: string, generation: number, at: number): Entry | null => {
    const entry = entries.get(key)
    if (!entry) return null
    if (entry.generation !== generation || at < entry.from || at >= entry.until) {
      drop(key)
      return null
    }
    // Most recently served last, so the least recently served is the first to go.
    entries.delete(key)
    entries.set(key, entry)
    return entry
  }

  /** Renders through `next` and keeps what it wrote; the reader gets it as kept. */
  const render = (
    req: IncomingMessage,
    res: ServerResponse,
    next: Next,
    key: string,
    generation: number,
    from: number,
    until: number,
  ): Promise<Entry | null> =>
    new Promise((resolve) => {
      // Stored uncompressed; compressed here once for every reader that takes it.
      delete req.headers['accept-encoding']
      delete req.headers['if-none-match']
      res.once('close', () => resolve(null))
      holdResponse(res, (written, send, sendAsWritten) => {
        const entry = entryOf(written, generation, from, until)
        if (!entry) {
          sendAsWritten()
          return resolve(null)
        }
        keep(key, entry)
        answer(req, entry, send)
        resolve(entry)
      })
      void next(req, res)
    })

  const handle = async (req: IncomingMessage, res: ServerResponse, next: Next) => {
    const key = pageKeyOf(req)
    const from = source()
    if (!key || !from) return next(req, res)
    let generation: number
    let until: number
    const at = now().getTime()
    try {
      generation = await freshGeneration(from)
      const entry = current(key, generation, at)
      if (entry) return answer(req, entry, sendOn(res))
      const flight = rendering.get(`${key}|${generation}`)
      if (flight) {
        const shared = await flight
        if (shared && shared.from <= at && at < shared.until)
          return answer(req, shared, sendOn(res))
        return next(req, res)
      }
      // The lift is read after the generation: a release saved in between moves the generation.
      until = Math.min(await from.nextPublicMoment(new Date(at)), at + maxAgeMs)
    } catch {
      // The database failed: Next answers (the 503 page while it is away).
      return next(req, res)
    }
    const flightKey = `${key}|${generation}`
    const flight = render(req, res, next, key, generation, at, until)
    rendering.set(flightKey, flight)
    void flight.finally(() => rendering.delete(flightKey))
    await flight
  }

  return { handle, size: () => ({ entries: entries.size, bytes }) }
}
