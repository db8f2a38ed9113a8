import http from 'node:http'

import { pct } from './measure'

export type Hammered = {
  requests: number
  rps: number
  p50: number
  p99: number
  /** Answers other than 2xx/3xx, and requests that got no answer. */
  errors: number
  byPath: Map<string, number[]>
}

/**
 * A closed-loop load on loopback, the way autocannon makes one: `connections` kept-alive
 * connections, each sending its next GET as soon as the last answer has been read, for `seconds`.
 * `pick` names the path of each request (one path, or a mix). Every answer is read whole.
 */
export const hammer = async (
  base: string,
  pick: () => string,
  { connections = 50, seconds = 10 }: { connections?: number; seconds?: number } = {},
): Promise<Hammered> => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections })
  const { hostname, port } = new URL(base)
  const times: number[] = []
  const byPath = new Map<string, number[]>()
  let errors = 0
  const started = performance.now()
  const end = started + seconds * 1000
  const one = (path: string) =>
    new Promise<void>((resolve) => {
      const t0 = performance.now()
      const req = http.get({ hostname, port, path, agent }, (res) => {
        res.on('data', () => {})
        res.on('end', () => {
          const took = performance.now() - t0
          times.push(took)
          const list = byPath.get(path) ?? []
          list.push(took)
          byPath.set(path, list)
          if ((res.statusCode ?? 0) >= 400) errors++
          resolve()
        })
      })
      req.on('error', () => {
        errors++
        resolve()
      })
    })
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) await one(pick())
    }),
  )
  const elapsed = (performance.now() - started) / 1000
  agent.destroy()
  return {
    requests: times.length,
    rps: times.length / elapsed,
    p50: pct(times, 50),
    p99: pct(times, 99),
    errors,
    byPath,
  }
}

/** A bare Node `http` server sending `bytes` for every request: what sending them costs. */
export const bareServer = async (
  pages: Map<string, { body: Buffer; type: string }>,
): Promise<{ url: string; close: () => Promise<void> }> => {
  const server = http.createServer((req, res) => {
    const page = pages.get(req.url ?? '') ?? [...pages.values()][0]
    res.writeHead(200, { 'Content-Type': page.type, 'Content-Length': page.body.byteLength })
    res.end(page.body)
  })
  server.keepAliveTimeout = 60_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
