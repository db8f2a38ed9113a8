import type { IncomingMessage, ServerResponse } from 'node:http'

import {
  anonymousAskOfUrl,
  type StoredAnswer,
  storedAnswer,
  storedDocument,
  type StoredDocument,
  storedDocumentAnswer,
} from './storedAnswer'

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

/**
 * The request handler of `npm start`: an anonymous GET of a public document whose stored render
 * is known current (storedAnswer, the same rule as the export route) is answered here, before
 * Next's routing, which costs more than the document; every other request goes to `next`.
 * Concurrent misses of one document (the embargo-lift rush) let the first go through Next and,
 * once it has answered, ask the store again together (one generation read, one file read),
 * instead of all taking the long way.
 */
export const frontServer = (next: Handler, now: () => Date = () => new Date()): Handler => {
  const throughNext = new Map<string, Promise<void>>()
  // Started after Next answered, so after every request waiting on it arrived: never older news.
  const afterNext = new WeakMap<Promise<void>, Promise<StoredDocument | null>>()
  return async (req, res) => {
    if (req.method !== 'GET' || !req.url?.startsWith('/api/')) return next(req, res)
    const headers = headersOf(req)
    const ask = anonymousAskOfUrl(new URL(req.url, 'http://front'), headers)
    if (!ask) return next(req, res)
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
