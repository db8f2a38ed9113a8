import type { Payload } from 'payload'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { postgresUrl } from './payload'
import { startServer, type TestServer } from './server'

export type TwoInstances = {
  a: TestServer
  b: TestServer
  /** The one PostgreSQL database both use, and a client on it for the test's own checks. */
  databaseUrl: string
  sql: pg.Pool
  /** The one data folder both use (uploads, rendered documents, the outbox). */
  dataDir: string
  env: Record<string, string>
  /** Payload in the test process on the same database, for content the way builders make it. */
  localPayload: () => Promise<Payload>
  stop: () => Promise<void>
}

/**
 * Two `next start` processes of the one build, on two ports, sharing one fresh PostgreSQL
 * database (named instances_<name>_<pid>) and one data folder, started at the same moment (so
 * their migrations race, as on a real upgrade), on the test server or `serverUrl`. `env` is given to both: S3_*, PRESSROOM_ROLE,
 * the job poll and lease.
 */
export const startInstances = async (
  name: string,
  env: Record<string, string> = {},
  { serverUrl = postgresUrl }: { serverUrl?: string } = {},
): Promise<TwoInstances> => {
  const database = `instances_${name.replace(/\W/g, '_')}_${process.pid}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
  await admin.query(`CREATE DATABASE ${database}`)
  await admin.end()
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  const databaseUrl = url.toString()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `pressroom-instances-${name}-`))
  const shared = {
    DATABASE_URL: databaseUrl,
    PRESSROOM_DATA_DIR: dataDir,
    PAYLOAD_SECRET: `instances-test-${name}`,
    // The job runners say which instance claimed what.
    PRESSROOM_LOG_LEVEL: 'info',
    ...env,
  }
  const [a, b] = await Promise.all([
    startServer(`${name}-a`, shared),
    startServer(`${name}-b`, shared),
  ])
  const sql = new pg.Pool({ connectionString: databaseUrl, max: 2 })
  // A connection cut by a database restart (the fault suite) is replaced, not a crash.
  sql.on('error', () => {})
  let local: Payload | undefined
  return {
    a,
    b,
    databaseUrl,
    sql,
    dataDir,
    env: shared,
    localPayload: async () => {
      if (local) return local
      Object.assign(process.env, shared, { PRESSROOM_LOG_LEVEL: 'fatal' })
      const { getPayload } = await import('payload')
      const { default: config } = await import('../../payload.config')
      local = await getPayload({ config, cron: false })
      return local
    },
    stop: async () => {
      await Promise.all([a.stop(), b.stop()])
      if (local) {
        const db = local.db as unknown as { pool?: pg.Pool & { _clients?: pg.Client[] } }
        await local.destroy()
        await Promise.all((db.pool?._clients ?? []).map((c) => c.end().catch(() => {})))
      }
      await sql.end()
      const c = new pg.Client({ connectionString: serverUrl })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
      await c.end()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** Polls `check` until it returns a value (not undefined/false) or the deadline passes. */
export const waitFor = async <T>(
  what: string,
  check: () => Promise<T | undefined | false>,
  timeoutMs: number,
  everyMs = 200,
): Promise<T> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined && value !== false) return value
    if (Date.now() > deadline)
      throw new Error(`${what}: not within ${Math.round(timeoutMs / 1000)} s`)
    await new Promise((r) => setTimeout(r, everyMs))
  }
}

/** The next whole minute at least `leadMs` away: when a test schedules "for the same minute". */
export const nextWholeMinute = (leadMs = 20_000, now = Date.now()): Date =>
  new Date(Math.ceil((now + leadMs) / 60_000) * 60_000)
