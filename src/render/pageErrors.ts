import type { ServerResponse } from 'node:http'

import { databaseUnavailableDocument, databaseUnavailableHeaders } from '../lib/unavailablePage'

type WriteHead = ServerResponse['writeHead']
type Write = ServerResponse['write']
type End = ServerResponse['end']

/**
 * Next answers a page whose render failed with a 500, whatever the cause. When the cause is the
 * database (a page caught rendering as PostgreSQL went away, or one whose query met a connection
 * the restart had cut), the reader should get the same 503 page as the requests after it.
 *
 * Only a 500 is held back: every other answer is written as Next writes it, streaming included.
 * Once Next has finished writing the 500, it is sent as it was or, if `wasOutage` says the
 * database failed, replaced with the 503 page.
 *
 * The methods stay in place once the status is known (passing through): Next may have wrapped
 * them in turn (compression does), and putting the originals back would cut its wrappers out.
 */
export const replaceOutageErrors = (
  res: ServerResponse,
  wasOutage: () => Promise<boolean>,
): void => {
  const writeHead = res.writeHead
  const write = res.write
  const end = res.end
  const flushHeaders = res.flushHeaders
  let state: 'undecided' | 'passing' | 'holding' = 'undecided'
  let heldHead: Parameters<WriteHead> = [500]
  const chunks: [unknown, BufferEncoding | undefined][] = []

  const callbackOf = (args: unknown[]) =>
    args.find((a) => typeof a === 'function') as ((error?: Error) => void) | undefined
  const encodingOf = (args: unknown[]) =>
    args.find((a) => typeof a === 'string') as BufferEncoding | undefined

  const sendAsWritten = () => {
    writeHead.apply(res, heldHead)
    for (const [chunk, encoding] of chunks)
      (write as (c: unknown, e?: BufferEncoding) => boolean).call(res, chunk, encoding)
    ;(end as () => void).call(res)
  }
  const sendUnavailable = () => {
    for (const name of res.getHeaderNames()) res.removeHeader(name)
    const body = Buffer.from(databaseUnavailableDocument())
    writeHead.call(res, 503, {
      ...databaseUnavailableHeaders,
      'Content-Length': String(body.length),
    })
    ;(end as (body: Buffer) => void).call(res, body)
  }

  res.writeHead = function (this: ServerResponse, ...args: Parameters<WriteHead>) {
    if (state === 'undecided') state = args[0] === 500 ? 'holding' : 'passing'
    if (state === 'passing') return writeHead.apply(this, args)
    heldHead = args
    return this
  } as WriteHead
  res.flushHeaders = function (this: ServerResponse) {
    if (state === 'undecided') this.writeHead(this.statusCode)
    if (state === 'passing') flushHeaders.call(this)
  }
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    if (state === 'undecided') this.writeHead(this.statusCode)
    if (state === 'passing')
      return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest)
    chunks.push([chunk, encodingOf(rest)])
    const callback = callbackOf(rest)
    if (callback) process.nextTick(callback)
    return true
  } as Write
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    if (state === 'undecided' && !this.headersSent) this.writeHead(this.statusCode)
    if (state !== 'holding') return (end as (...a: unknown[]) => ServerResponse).apply(this, args)
    state = 'passing'
    if (args[0] !== undefined && typeof args[0] !== 'function') {
      chunks.push([args[0], encodingOf(args.slice(1))])
    }
    void wasOutage()
      .catch(() => false)
      .then((outage) => (outage ? sendUnavailable() : sendAsWritten()))
      .then(() => callbackOf(args)?.())
    return this
  } as End
}
