import type { IncomingMessage, ServerResponse } from 'node:http'

import {
  anonymousAskOfUrl,
  exportAddressOf,
  type StoredAnswer,
  storedAnswer,
  storedDocument,
  type StoredDocument,
  storedDocumentAnswer,
} from './storedAnswer'
import { clientAddress, clientHeader, trustProxyHops } from '../lib/clientAddress'
import { databaseFailedSince } from '../lib/databaseHealth'
import { replaceOutageErrors } from './pageErrors'
import { type RestHandler, restHandler } from './restHandler'
import { storedPages } from './storedPages'

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown

const headersOf = (req: IncomingMessage): Headers => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  return headers
}

/** A request answered by Payload's REST handler, the one Next's API route runs. */
const throughPayload = async (
  handler: RestHandler,
  req: IncomingMessage,
  res: ServerResponse,
  headers: Headers,
) => {
  const response = await handler(
    new Request(`http://${req.headers.host ?? 'localhost'}${req.url}`, { headers }),
  )
  const body = Buffer.from(await response.arrayBuffer())
  const out: Record<string, string | string[]> = {}
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie' && name !== 'content-length') out[name] = value
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length) out['set-cookie'] = cookies
  res.writeHead(response.status, { ...out, 'Content-Length': String(body.byteLength) })
  res.end(body)
}

const send = (res: ServerResponse, { status, headers, body }: StoredAnswer) => {
  res.writeHead(status, body ? { ...headers, 'Content-Length': String(body.byteLength) } : headers)
  res.end(body ?? undefined)
}

/**
 * The request handler of `npm start`. An anonymous GET of a public document whose stored render
 * is known current (storedAnswer, the same rule as the export route) is answered here, before
 * Next's routing, which costs more than the document; every other request goes to `next`, and a
 * page that Next answers with a 500 because the database failed gets the 503 page instead
 * (pageErrors.ts).
 * Concurrent misses of one document (the embargo-lift rush) let the first go through Next and,
 * once it has answered, ask the store again together (one generation read, one file read),
 * instead of all taking the long way. Other exports (staff, drafts) are handed to Payload's REST
 * handler directly once the API route has offered it (restHandler.ts).
 * Every request passed on carries its client's address (src/lib/clientAddress.ts) in a header
 * set here, over anything the client sent under that name.
 */
export const frontServer = (
  next: Handler,
  now: () => Date = () => new Date(),
  failedForDatabase: (since: number) => Promise<boolean> = databaseFailedSince,
  hops: number = trustProxyHops(),
): Handler => {
  const throughNext = new Map<string, Promise<void>>()
  // Started after Next answered, so after every request waiting on it arrived: never older news.
  const afterNext = new WeakMap<Promise<void>, Promise<StoredDocument | null>>()
  // The newsroom's public pages, kept per content generation and embargo moment (storedPages.ts).
  const pages = storedPages({ now })
  return async (req, res) => {
    req.headers[clientHeader] = clientAddress(
      req.socket.remoteAddress,
      req.headers['x-forwarded-for'],
      hops,
    )
    if (!req.url?.startsWith('/api/')) {
      // A page (the API answers its own 503s): a 500 caused by the database becomes the 503 page.
      const started = Date.now()
      if (req.url?.startsWith('/_next/')) return next(req, res)
      // A stored page is answered first; one that Next renders gets the outage check.
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
    if (req.method !== 'GET') return next(req, res)
    const headers = headersOf(req)
    const url = new URL(req.url, 'http://front')
    const ask = anonymousAskOfUrl(url, headers)
    if (!ask) {
      // A staff export (a draft right after a save) goes to the export route's own handler and
      // access rule in Payload, without Next's routing, once Next has loaded the API route.
      const handler = exportAddressOf(url.pathname) ? restHandler() : null
      if (!handler) return next(req, res)
      try {
        return await throughPayload(handler, req, res, headers)
      } catch {
        // Payload words its own errors; this is a failure around it: Next's route tries again.
        if (!res.headersSent) return next(req, res)
        return void res.destroy()
      }
    }
    const entry = `${ask.kind}|${ask.ref}|${ask.locale}|${ask.format}`
    try {
      let answer = await storedAnswer({ headers }, ask, now())
      const earlier = throughNext.get(entry)
      if (!answer && earlier) {
        let lookup = afterNext.get(earlier)
        if (!lookup)
          afterNext.set(earlier, (lookup = earlier.then(() => storedDocument(ask, now()))))
        const stored = await lookup
        if (stored) answer = storedDocumentAnswer({ headers }, ask, stored)
      }
      if (answer) return send(res, answer)
    } catch {
      // The store or the database failed: Next's route answers, and words any error.
    }
    if (!throughNext.has(entry)) {
      const answered = new Promise<void>((resolve) => res.once('close', resolve))
      throughNext.set(entry, answered)
      void answered.then(() => throughNext.delete(entry))
    }
    return next(req, res)
  }
}
