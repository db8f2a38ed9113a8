import type { OutgoingHttpHeaders, ServerResponse } from 'node:http'

/** A response as written: status, headers (names in lower case) and the whole body. */
export type WrittenResponse = {
  status: number
  headers: Record<string, string | string[]>
  body: Buffer
}

type WriteHead = ServerResponse['writeHead']
type Write = ServerResponse['write']
type End = ServerResponse['end']

const headerValue = (value: unknown): string | string[] =>
  Array.isArray(value) ? value.map(String) : String(value)

const headersOfHead = (args: unknown[]): OutgoingHttpHeaders => {
  const last = args.slice(1).find((a) => a && typeof a === 'object')
  if (!last) return {}
  if (!Array.isArray(last)) return last as OutgoingHttpHeaders
  const out: OutgoingHttpHeaders = {}
  for (let i = 0; i + 1 < last.length; i += 2) out[String(last[i])] = last[i + 1] as string
  return out
}

/**
 * Holds back everything written to `res` (status, headers, body) until the writer ends it, then
 * calls `finish` with what was written, synchronously inside that `end`, so the writer sees its
 * response finish as usual. `finish` decides what goes out: it gets `send` to write a response
 * of its own (the stored page), or `sendAsWritten` to write the held one as it was.
 */
export const holdResponse = (
  res: ServerResponse,
  finish: (
    written: WrittenResponse,
    send: (status: number, headers: OutgoingHttpHeaders, body: Buffer | null) => void,
    sendAsWritten: () => void,
  ) => void,
): void => {
  const writeHead = res.writeHead
  const write = res.write
  const end = res.end
  let head: unknown[] | null = null
  const chunks: Buffer[] = []

  const collect = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return
    chunks.push(
      Buffer.isBuffer(chunk)
        ? chunk
        : typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
          : Buffer.from(chunk as Uint8Array),
    )
  }
  const restore = () => {
    res.writeHead = writeHead
    res.write = write
    res.end = end
  }

  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    head = args
    return this
  } as unknown as WriteHead
  res.flushHeaders = () => {}
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0])
    const callback = rest.find((a) => typeof a === 'function') as (() => void) | undefined
    if (callback) process.nextTick(callback)
    return true
  } as Write
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    collect(args[0], args[1])
    restore()
    const status = typeof head?.[0] === 'number' ? head[0] : res.statusCode
    const headers: Record<string, string | string[]> = {}
    for (const [name, value] of Object.entries(res.getHeaders()))
      if (value !== undefined) headers[name.toLowerCase()] = headerValue(value)
    for (const [name, value] of Object.entries(headersOfHead(head ?? [])))
      if (value !== undefined) headers[name.toLowerCase()] = headerValue(value)
    const body = Buffer.concat(chunks)
    const send = (status: number, headers: OutgoingHttpHeaders, body: Buffer | null) => {
      for (const name of res.getHeaderNames()) res.removeHeader(name)
      res.writeHead(status, headers)
      res.end(body ?? undefined)
    }
    const sendAsWritten = () => {
      if (head) (writeHead as (...a: unknown[]) => ServerResponse).apply(res, head)
      res.end(body)
    }
    finish({ status, headers, body }, send, sendAsWritten)
    return this
  } as End
}
