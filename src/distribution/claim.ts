import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-sqlite'

type Id = number | string

type SqliteDb = { all: (query: ReturnType<typeof sql>) => Promise<unknown[]> }
type PostgresDb = { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: unknown[] }> }
type MongoModel = {
  findOneAndUpdate: (filter: object, update: object, options: object) => Promise<unknown>
}

/**
 * Takes one delivery for sending, atomically: queued → sending with a lease until `leaseUntil`.
 * A delivery left `sending` by a sender that died is taken again once its lease has run out. Only
 * one sender ever wins; the losers get false and send nothing. Runs outside any transaction, so
 * the claim is visible to every other sender at once.
 */
export const claimDelivery = async (
  payload: Payload,
  id: Id,
  now: Date,
  leaseUntil: Date,
): Promise<boolean> => {
  const nowIso = now.toISOString()
  const leaseIso = leaseUntil.toISOString()
  const adapter = payload.db as unknown as {
    name: string
    drizzle?: unknown
    collections?: Record<string, MongoModel>
  }
  if (adapter.name === 'mongoose') {
    const model = adapter.collections!.deliveries
    const claimed = await model.findOneAndUpdate(
      {
        _id: id,
        $or: [{ status: 'queued' }, { status: 'sending', leaseUntil: { $lt: now } }],
      },
      { $set: { status: 'sending', leaseUntil }, $inc: { attempts: 1 } },
      { new: true },
    )
    return Boolean(claimed)
  }
  const where = sql`id = ${id} and (status = 'queued' or (status = 'sending' and lease_until < ${nowIso}))`
  if (adapter.name === 'sqlite') {
    const rows = await (adapter.drizzle as SqliteDb).all(
      sql`update deliveries set status = 'sending', lease_until = ${leaseIso}, attempts = coalesce(attempts, 0) + 1 where ${where} returning id`,
    )
    return rows.length === 1
  }
  const { rows } = await (adapter.drizzle as PostgresDb).execute(
    sql`update deliveries set status = 'sending', lease_until = ${leaseIso}, attempts = coalesce(attempts, 0) + 1 where ${where} returning id`,
  )
  return rows.length === 1
}
