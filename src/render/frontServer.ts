import type { IncomingMessage, ServerResponse } from 'node:http'

import { anonymousAskOfUrl } from './anonymousAsk'
import {
  readerFlight,
  type StoredAnswer,
  storedAfter,
  storedAnswer,
  storedDocumentAnswer,
} from './storedAnswer'
import { clientAddress, clientHeader, trustProxyHops } from '../lib/clientAddress'
import { databaseFailedSince } from '../lib/databaseHealth'
import { replaceOutageErrors } from './pageErrors'
import { storedPages } from './storedPages'

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown

const headersOf = (req: IncomingMessage): Headers => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  return headers
}

const send = (res: ServerResponse, { status, headers, body }: StoredAnswer) => {
  res.writeHead(status, body ? { ...headers, 'Content-Length': String(body.byteLength) } : headers)
  res.end(body ?? undefined)
}

/** Until `res` is answered (or its reader gone). */
const answered = (res: ServerResponse) => new Promise<void>((resolve) => res.once('close', resolve))

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * The anonymous exports' fast path before Next's routing, which costs more than the document: an
 * anonymous GET (anonymousAsk, the export route's own rule) of a document whose stored render is
 * known current is answered from the store (storedAnswer). Anything else goes to `next`, where
 * the export route answers it. Concurrent misses of one document (the embargo-lift rush) are one
 * flight of readers (readerFlight): the first leads through Next, the others wait for it and
 * then ask the store together (one generation read, one file read) instead of all taking the
 * long way. Returns a handler that answers or passes on; `now` is the clock the public moment is
 * read against.
 */
export const storedExports =
  (now: () => Date) => async (req: IncomingMessage, res: ServerResponse, next: Handler) => {
    if (req.method !== 'GET') return next(req, res)
    const headers = headersOf(req)
    const ask = anonymousAskOfUrl(new URL(req.url ?? '/', 'http://front'), headers)
    if (!ask) return next(req, res)
    try {
      const answer = await storedAnswer({ headers }, ask, now())
      if (answer) return send(res, answer)
      const flight = readerFlight('front', ask, () => answered(res))
      if ('led' in flight) return next(req, res)
      const stored = await storedAfter(flight.joined, ask, now)
      if (stored) return send(res, storedDocumentAnswer({ headers }, ask, stored))
    } catch (error) {
      console.warn(
        `pressroom: the stored ${req.url} could not be read (${reasonOf(error)}); the export route answers it`,
      )
    }
    return next(req, res)
  }

/**
 * The request handler of `npm start`: anonymous exports go through storedExports, the newsroom's
 * public pages through storedPages, every other request to `next`, and a page that Next answers with a 500 because the database failed gets
 * the 503 page instead (pageErrors.ts). Every request passed on carries its client's address
 * (src/lib/clientAddress.ts) in a header set here, over anything the client sent under that name.
 */
export const frontServer = (
  next: Handler,
  now: () => Date = () => new Date(),
  failedForDatabase: (since: number) => Promise<boolean> = databaseFailedSince,
  hops: number = trustProxyHops(),
): Handler => {
  const exports = storedExports(now)
  // The newsroom's public pages, kept per content generation and embargo moment (storedPages.ts).
  const pages = storedPages({ now })
  return async (req, res) => {
    req.headers[clientHeader] = clientAddress(
      req.socket.remoteAddress,
      req.headers['x-forwarded-for'],
      hops,
    )
    if (req.url?.startsWith('/api/')) return exports(req, res, next)
    if (req.url?.startsWith('/_next/')) return next(req, res)
    // A page (the API answers its own 503s): a stored page is answered first; one that Next
    // renders gets the outage check, where a 500 caused by the database becomes the 503 page.
    const started = Date.now()
    return pages.handle(req, res, (req, res) => {
      replaceOutageErrors(res, async () => {
        const outage = await failedForDatabase(started)
        if (outage)
          console.warn(
            `pressroom: ${req.method} ${req.url} from ${req.headers[clientHeader]} failed on the database; answered 503, not 500`,
          )
        return outage
      })
      return next(req, res)
    })
  }
}
