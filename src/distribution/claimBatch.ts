import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-sqlite'

import { claimDelivery } from './claim'

type Id = number | string
type SqliteDb = { all: (query: ReturnType<typeof sql>) => Promise<{ id: Id }[]> }
type PostgresDb = { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: { id: Id }[] }> }

/**
 * Takes several deliveries for sending in one statement, with the same rule as claimDelivery
 * (queued, or sending with a lapsed lease → sending with a new lease): one write for a batch
 * instead of one per message. Returns the ids this sender won; the others belong to someone else.
 */
export const claimDeliveries = async (
  payload: Payload,
  ids: Id[],
  now: Date,
  leaseUntil: Date,
): Promise<Set<string>> => {
  if (ids.length === 0) return new Set()
  const adapter = payload.db as unknown as { name: string; drizzle?: unknown }
  if (adapter.name !== 'sqlite' && adapter.name !== 'postgres') {
    const won = new Set<string>()
    for (const id of ids) if (await claimDelivery(payload, id, now, leaseUntil)) won.add(String(id))
    return won
  }
  const query = sql`update deliveries set status = 'sending', lease_until = ${leaseUntil.toISOString()}, attempts = coalesce(attempts, 0) + 1 where id in (${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )}) and (status = 'queued' or (status = 'sending' and lease_until < ${now.toISOString()})) returning id`
  const rows =
    adapter.name === 'sqlite'
      ? await (adapter.drizzle as SqliteDb).all(query)
      : (await (adapter.drizzle as PostgresDb).execute(query)).rows
  return new Set(rows.map((r) => String(r.id)))
}
