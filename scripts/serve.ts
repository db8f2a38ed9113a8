// The server `npm start` runs (and the tests and the bench start): Next's request handler behind
// a plain Node HTTP server that answers stored public documents itself (src/render/frontServer.ts).
// Usage: node scripts/run.mjs serve -p <port> -H <host> [--keepAliveTimeout <ms>]
import http from 'node:http'
import { parseArgs } from 'node:util'

import { sharedPool } from '../src/generator/browser'
import { linkBaseNotice } from '../src/lib/requestOrigin'
import { frontServer } from '../src/render/frontServer'

const { values } = parseArgs({
  options: {
    port: { type: 'string', short: 'p', default: process.env.PORT || '3000' },
    hostname: { type: 'string', short: 'H', default: process.env.HOST || '127.0.0.1' },
    keepAliveTimeout: { type: 'string' },
  },
})
const port = Number(values.port)
const hostname = values.hostname!
const started = Date.now()

Object.assign(process.env, { NODE_ENV: 'production' })
const { default: next } = await import('next')
const app = next({ dev: false, dir: process.cwd(), hostname, port })
await app.prepare()
const server = http.createServer(frontServer(app.getRequestHandler()))
if (values.keepAliveTimeout) server.keepAliveTimeout = Number(values.keepAliveTimeout)
server.listen(port, hostname, () => {
  console.log(`pressroom: Ready in ${Date.now() - started} ms on http://${hostname}:${port}`)
  const notice = linkBaseNotice()
  if (notice) console.log(`pressroom: ${notice}`)
  // The browser starts with the server, not on the first PDF (a rush right after a publication
  // would otherwise wait for the launch). Without one, PDFs say how to get one when asked.
  const launch = Date.now()
  sharedPool()
    .warmUp()
    .then(
      () => console.log(`pressroom: the PDF browser is ready (${Date.now() - launch} ms)`),
      (error: Error) =>
        console.log(`pressroom: the PDF browser did not start: ${error.message.split('\n')[0]}`),
    )
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(0))
