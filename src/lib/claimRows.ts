import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-sqlite'

type Id = number | string
type Query = ReturnType<typeof sql>
type SqliteDb = { all: (query: Query) => Promise<{ id: Id }[]> }
type PostgresDb = { execute: (query: Query) => Promise<{ rows: { id: Id }[] }> }
export type MongoModel = {
  findOneAndUpdate: (filter: object, update: object, options: object) => Promise<{ _id: Id } | null>
}

/** The database adapter's name and handles: a claim is one statement, written per database. */
export const claimAdapter = (payload: Payload) =>
  payload.db as unknown as {
    name: string
    drizzle?: unknown
    collections?: Record<string, MongoModel>
  }

/**
 * Runs one `UPDATE … RETURNING id` on SQLite or PostgreSQL, outside any transaction, and returns
 * the ids it changed: how a lease claim (free → taken until a time) is won by one caller only.
 */
export const updateReturningIds = async (payload: Payload, query: Query): Promise<Id[]> => {
  const adapter = claimAdapter(payload)
  const rows =
    adapter.name === 'sqlite'
      ? await (adapter.drizzle as SqliteDb).all(query)
      : (await (adapter.drizzle as PostgresDb).execute(query)).rows
  return rows.map((r) => r.id)
}
