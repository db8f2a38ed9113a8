import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { buildIfNeeded } from '../build-if-needed'
import { staffLogin } from './content'
import { freePort } from '../free-port'

export type BenchServer = { url: string; pid: number; auth: string; stop: () => Promise<void> }

/**
 * A fresh data directory with a SQLite database in it, and the environment that points the app at
 * them (set into this process too, where Payload reads it).
 */
export const benchDataEnv = (prefix: string) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  const env = {
    DATABASE_URL: `file:${path.join(dataDir, 'bench.db')}`,
    PRESSROOM_DATA_DIR: dataDir,
    PAYLOAD_SECRET: 'bench-only-secret',
  }
  Object.assign(process.env, env, { PRESSROOM_PRERENDER: 'off' })
  return { dataDir, env }
}

/**
 * The built app, served as `npm start` serves it (scripts/serve.ts), on a free port, over the
 * given environment (database, data dir). From this checkout, built first if needed, or from
 * another one at `cwd`, which must be built already.
 */
export const startServer = async (
  env: Record<string, string>,
  cwd = process.cwd(),
): Promise<BenchServer> => {
  if (cwd === process.cwd()) await buildIfNeeded((line) => process.stderr.write(`bench: ${line}\n`))
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child: ChildProcess = spawn(
    process.execPath,
    // The server `npm start` runs: Next behind our front server (scripts/serve.ts).
    [path.join('scripts', 'run.mjs'), 'serve', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd,
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
