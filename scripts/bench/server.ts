import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

import { buildIfNeeded } from '../build-if-needed'
import { staffLogin } from './content'
import { freePort } from '../free-port'

export type BenchServer = { url: string; pid: number; auth: string; stop: () => Promise<void> }

/**
 * The built app, served as `npm start` serves it (scripts/serve.ts), on a free port, over the
 * given environment (database, data dir).
 */
export const startServer = async (env: Record<string, string>): Promise<BenchServer> => {
  await buildIfNeeded((line) => process.stderr.write(`bench: ${line}\n`))
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child: ChildProcess = spawn(
    process.execPath,
    // The server `npm start` runs: Next behind our front server (scripts/serve.ts).
    [path.join('scripts', 'run.mjs'), 'serve', '-p', String(port), '-H', '127.0.0.1'],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NODE_OPTIONS: '',
        NEXT_TELEMETRY_DISABLED: '1',
        PRESSROOM_LOG_LEVEL: 'error',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout?.on('data', (d) => (output = (output + d).slice(-4000)))
  child.stderr?.on('data', (d) => (output = (output + d).slice(-4000)))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const deadline = Date.now() + 90_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited:\n${output}`)
    try {
      if ((await fetch(`${url}/api/globals/press-office`)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`the server did not answer within 90 s:\n${output}`)
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  const res = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(staffLogin),
  })
  if (!res.ok) throw new Error(`bench login failed: ${res.status}`)
  const { token } = (await res.json()) as { token: string }
  return {
    url,
    pid: child.pid as number,
    auth: `JWT ${token}`,
    stop: async () => {
      child.kill('SIGTERM')
      await exited
    },
  }
}

/** GET and read the whole body; the status and the milliseconds it took. */
export const get = async (
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; ms: number; bytes: number }> => {
  const start = performance.now()
  const res = await fetch(url, { headers })
  const body = await res.arrayBuffer()
  return { status: res.status, ms: performance.now() - start, bytes: body.byteLength }
}
