import type { Payload } from 'payload'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

export const postgresUrl =
  process.env.DATABASE_URL_POSTGRES || 'postgres://postgres@127.0.0.1:5432/postgres'

/** Why no PostgreSQL server answers, or null when one does; Postgres suites run only then. */
export const postgresUnavailable = async (): Promise<string | null> => {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 5000 })
  try {
    await client.connect()
    await client.query('select 1')
    return null
  } catch (error) {
    return (error as Error).message || String(error)
  } finally {
    await client.end().catch(() => {})
  }
}

export type TestDatabase = 'sqlite' | 'postgres' | 'mongodb'

export type TestPayload = { payload: Payload; dataDir: string; destroy: () => Promise<void> }

/**
 * Boots Payload for one suite on a database of its own (a fresh SQLite file, or a fresh Postgres
 * database), migrated with the committed migrations, and tears all of it down afterwards.
 */
export const bootPayload = async (
  suite: string,
  db: TestDatabase = 'sqlite',
): Promise<TestPayload> => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `pressroom-${suite}-`))
  process.env.PRESSROOM_DATA_DIR = dataDir
  process.env.PAYLOAD_SECRET = 'test-secret-' + suite
  let dropDatabase = async () => {}
  if (db === 'postgres') {
    const name = `pressroom_${suite.replace(/\W/g, '_')}_${process.pid}`
    const admin = new pg.Client({ connectionString: postgresUrl })
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    const url = new URL(postgresUrl)
    url.pathname = `/${name}`
    process.env.DATABASE_URL = url.toString()
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: postgresUrl })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await c.end()
    }
  } else if (db === 'mongodb') {
    // tests/mongodb.test.ts starts the server and names it; each suite gets its own database.
    const url = new URL(process.env.DATABASE_URL_MONGODB ?? 'mongodb://127.0.0.1:27017')
    url.pathname = `/pressroom_${suite.replace(/\W/g, '_')}`
    process.env.DATABASE_URL = url.toString()
  } else {
    process.env.DATABASE_URL = `file:${path.join(dataDir, 'test.db')}`
  }
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config, cron: false })
  return {
    payload,
    dataDir,
    destroy: async () => {
      // Payload's SQL adapters leave their connections open on destroy(), and the Postgres one
      // keeps one client checked out from init, so pool.end() would wait forever: close the
      // clients themselves (pg keeps them in _clients).
      const db = payload.db as unknown as {
        pool?: pg.Pool & { _clients?: pg.Client[] }
        client?: { close: () => void }
      }
      await payload.destroy()
      await Promise.all((db.pool?._clients ?? []).map((c) => c.end().catch(() => {})))
      db.client?.close()
      await dropDatabase()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/**
 * Runs a suite on PostgreSQL when a server answers (DATABASE_URL_POSTGRES, else the local one);
 * elsewhere it is skipped with the reason in its name and on stderr. With
 * PRESSROOM_REQUIRE_POSTGRES=1 (CI) an unreachable server fails the suite instead.
 */
export const describeOnPostgres = async (suite: (db: TestDatabase) => void) => {
  const reason = await postgresUnavailable()
  if (!reason) return suite('postgres')
  const why = `PostgreSQL not reachable at ${postgresUrl} (${reason})`
  if (process.env.PRESSROOM_REQUIRE_POSTGRES === '1') {
    throw new Error(`${why}, and PRESSROOM_REQUIRE_POSTGRES=1 says it must be`)
  }
  process.stderr.write(`PostgreSQL suite skipped: ${why}\n`)
  describe.skip(`skipped: ${why}`, () => it.todo('runs where PostgreSQL is up'))
}

/**
 * Two Payload instances on one fresh PostgreSQL database, as two servers behind a load balancer
 * are; started before the suite's tests and stopped after them. Call inside a describe.
 */
export const twoPayloadsOnPostgres = (suite: string): { first: Payload; second: Payload } => {
  let booted: TestPayload | undefined
  let second: Payload | undefined
  beforeAll(async () => {
    booted = await bootPayload(suite, 'postgres')
    const { getPayload } = await import('payload')
    const { default: config } = await import('../../payload.config')
    second = await getPayload({ config, key: `${suite}-instance-b`, cron: false })
  })
  afterAll(async () => {
    await second?.destroy()
    // Payload's destroy leaves the second instance's pooled clients open; end them.
    const pool = (second?.db as unknown as { pool?: { _clients?: { end: () => Promise<void> }[] } })
      ?.pool
    await Promise.all((pool?._clients ?? []).map((c) => c.end().catch(() => {})))
    await booted?.destroy()
  })
  return {
    get first() {
      return booted!.payload
    },
    get second() {
      return second!
    },
  }
}
