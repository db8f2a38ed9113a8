import type { DatabaseAdapterObj, Migration } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'

import { migrations as postgresMigrations } from './migrations/postgres/index'
import { migrations as sqliteMigrations } from './migrations/sqlite/index'

// Only the payload CLI (migrate:create) reads these folders; it runs from the project root.
const migrationsRoot = path.resolve('src', 'migrations')

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export const databaseKind = (url: string): DatabaseKind => {
  if (url.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(url)) return 'mongodb'
  throw new Error(`DATABASE_URL must start with file:, postgres:// or mongodb:// (got "${url}")`)
}

/** The migrations committed for an SQL database; schema changes never rely on dev-mode push. */
export const migrationsFor = (kind: DatabaseKind): Migration[] =>
  (kind === 'sqlite'
    ? sqliteMigrations
    : kind === 'postgres'
      ? postgresMigrations
      : []) as Migration[]

/**
 * How long an SQLite write waits for another to finish: another process on the same file (`npm run
 * mail`, `npm run jobs` beside the server) or a transaction of this one may hold the write lock for
 * a moment; wait for it rather than fail with "database is locked".
 */
export const sqliteBusyTimeoutMs = 5000

export const databaseAdapter = (url: string): DatabaseAdapterObj => {
  const kind = databaseKind(url)
  if (kind === 'sqlite') {
    const file = url.slice('file:'.length)
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
    return sqliteAdapter({
      client: { url },
      busyTimeout: sqliteBusyTimeoutMs,
      push: false,
      migrationDir: path.join(migrationsRoot, 'sqlite'),
    })
  }
  if (kind === 'postgres') {
    return postgresAdapter({
      // A request waits at most 5 s for a connection: during an outage it fails fast (503).
      pool: { connectionString: url, connectionTimeoutMillis: 5000 },
      push: false,
      migrationDir: path.join(migrationsRoot, 'postgres'),
    })
  }
  return mongooseAdapter({ url })
}
