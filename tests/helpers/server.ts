import { createClient } from '@libsql/client'
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { buildIfNeeded } from '../../scripts/build-if-needed'
import { freePort } from '../../scripts/free-port'

export type TestServer = {
  url: string
  dataDir: string
  env: Record<string, string>
  stop: () => Promise<void>
  /** The server process: its id, a hard kill (SIGKILL, as a crash), what it printed. */
  pid: number
  kill: () => Promise<void>
  output: () => string
}

/** The app's process on `port`, once it answers; `removeData` when its data folder is its own. */
const launch = async (
  args: string[],
  appEnv: Record<string, string>,
  port: number,
  dataDir: string,
  removeData: boolean,
): Promise<TestServer> => {
  const url = `http://127.0.0.1:${port}`
  const child: ChildProcess = spawn(process.execPath, args, {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NODE_OPTIONS: '',
      NEXT_TELEMETRY_DISABLED: '1',
      ...appEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (d) => (output += d))
  child.stderr?.on('data', (d) => (output += d))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))

  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited:\n${output}`)
    try {
      const res = await fetch(`${url}/api/globals/press-office`)
      if (res.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`the server did not answer within 60 s:\n${output}`)
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  return {
    url,
    dataDir,
    env: appEnv,
    pid: child.pid!,
    kill: async () => {
      child.kill('SIGKILL')
      await exited
    },
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM')
        // A graceful stop waits on idle keep-alive connections (kept for 2 minutes above): after
        // a few seconds, end it.
        const killer = setTimeout(() => child.kill('SIGKILL'), 5000)
        await exited
        clearTimeout(killer)
      }
      if (removeData) fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

// A long keep-alive: while a test boots Payload in-process its event loop is blocked, fetch
// cannot retire idle sockets, and the server's 5 s default closed one under the next request
// ("other side closed").
const keepAlive = ['--keepAliveTimeout', '120000']

/**
 * The built app as `npm start` serves it (built first if the sources changed) on a free port with
 * a fresh SQLite database and data folder of its own: real HTTP, as a journalist or the admin gets
 * it.
 */
export const startServer = async (
  name: string,
  env: Record<string, string> = {},
): Promise<TestServer> => {
  await buildIfNeeded((line) => process.stderr.write(`${line}\n`))
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `pressroom-http-${name}-`))
  const port = await freePort()
  const appEnv = {
    DATABASE_URL: `file:${path.join(dataDir, 'pressroom.db')}`,
    PRESSROOM_DATA_DIR: dataDir,
    PAYLOAD_SECRET: `http-test-${name}`,
    ...env,
  }
  // The server `npm start` runs (scripts/serve.ts: Next behind our front server).
  const serve = [path.join('scripts', 'run.mjs'), 'serve', '-p', String(port), '-H', '127.0.0.1']
  return launch([...serve, ...keepAlive], appEnv, port, dataDir, true)
}

/**
 * Plain `next start` on `of`'s database, data folder and secret (no front server): the same app
 * as a second process, as a deployment that runs Next by itself would serve it.
 */
export const startNextServer = async (of: TestServer): Promise<TestServer> => {
  const port = await freePort()
  const next = path.join('node_modules', 'next', 'dist', 'bin', 'next')
  const args = [next, 'start', '-p', String(port), '-H', '127.0.0.1', ...keepAlive]
  return launch(args, of.env, port, of.dataDir, false)
}

/** Logs in over REST and returns the Authorization header value for that user. */
export const login = async (url: string, email: string, password: string): Promise<string> => {
  const res = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!res.ok) throw new Error(`login failed for ${email}: ${res.status} ${await res.text()}`)
  const { token } = (await res.json()) as { token: string }
  return `JWT ${token}`
}

/**
 * Payload's Local API in the test process on the server's own database, for what the product does
 * in-process rather than over REST (queueing a publication, as the admin's schedule drawer does).
 * Boot it once per test file: the config reads the environment when first imported.
 */
export const localPayloadOf = async (server: TestServer) => {
  Object.assign(process.env, server.env)
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  return getPayload({ config, cron: false })
}

/**
 * The server's own SQLite file, for a test's checks of what it stored. The server writes while the
 * test reads: the connection waits for the server's lock instead of failing with SQLITE_BUSY.
 */
export const serverDatabase = async (server: Pick<TestServer, 'dataDir'>) => {
  const db = createClient({ url: `file:${path.join(server.dataDir, 'pressroom.db')}` })
  await db.execute('PRAGMA busy_timeout = 10000')
  return db
}

/**
 * Switches the office's second pair of eyes off over REST (as an admin or editor), for suites
 * about something else in which one person writes and publishes. The review's own tests
 * (tests/e2e-review.test.ts, the matrix's review rows) keep it on.
 */
export const withoutSecondPairOfEyes = async (url: string, authorization: string) => {
  const res = await fetch(`${url}/api/globals/press-office`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: authorization },
    body: JSON.stringify({ secondPairOfEyes: false }),
  })
  if (!res.ok) throw new Error(`second pair of eyes off: ${res.status} ${await res.text()}`)
}
