import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-sqlite'

import { claimAdapter, updateReturningIds } from '../lib/claimRows'

type Id = number | string

/**
 * Takes deliveries for sending, atomically: queued → sending with a lease until `leaseUntil`. A
 * delivery left `sending` by a sender that died is taken again once its lease has run out. Only
 * one sender ever wins a delivery; the ids returned are the ones this sender won. One statement
 * for the whole batch on SQL databases, outside any transaction, so every other sender sees the
 * claim at once.
 */
export const claimDeliveries = async (
  payload: Payload,
  ids: Id[],
  now: Date,
  leaseUntil: Date,
): Promise<Set<string>> => {
  if (ids.length === 0) return new Set()
  const adapter = claimAdapter(payload)
  if (adapter.name === 'mongoose') {
    const won = new Set<string>()
    for (const id of ids) {
      const claimed = await adapter.collections!.deliveries.findOneAndUpdate(
        {
          _id: id,
          $or: [{ status: 'queued' }, { status: 'sending', leaseUntil: { $lt: now } }],
        },
        { $set: { status: 'sending', leaseUntil }, $inc: { attempts: 1 } },
        { new: true },
      )
      if (claimed) won.add(String(id))
    }
    return won
  }
  const query = sql`update deliveries
    set status = 'sending', lease_until = ${leaseUntil.toISOString()},
      attempts = coalesce(attempts, 0) + 1
    where id in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})
      and (status = 'queued' or (status = 'sending' and lease_until < ${now.toISOString()}))
    returning id`
  return new Set((await updateReturningIds(payload, query)).map(String))
}
