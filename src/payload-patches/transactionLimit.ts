import type { Payload } from 'payload'

import { DatabaseUnavailableError } from '../lib/unavailable'

type Id = number | string | Promise<number | string>
type SqlAdapter = {
  name: string
  pool?: { options?: { max?: number } }
  beginTransaction: (options?: unknown) => Promise<Id | null>
  commitTransaction: (id: Id) => Promise<void>
  rollbackTransaction: (id: Id) => Promise<void>
}

/**
 * Open transactions (saves) hold at most all but three of an instance's PostgreSQL connections;
 * the three stay free for reads. A save keeps its connection for the whole operation, hooks
 * included, so under load the saves took every pooled connection and readers (and reads a save
 * makes outside its own transaction) waited past the pool's 5 s and got 503. A save beyond the
 * limit waits for one to end, without a connection, up to `waitMs`, then fails as the pool would.
 * Wraps the adapter's beginTransaction/commitTransaction/rollbackTransaction (@payloadcms/db-postgres
 * 3.90: each transaction checks out a pooled client until it ends). tests/transaction-limit.postgres
 * .test.ts fails when the adapter stops holding a connection per transaction (the patch is then
 * unnecessary) or when reads no longer get a connection while saves are at the limit.
 */
export const limitTransactions = (payload: Payload, waitMs = 20_000): void => {
  const db = payload.db as unknown as SqlAdapter
  if (db.name !== 'postgres') return
  const limit = Math.max(1, (db.pool?.options?.max ?? 10) - 3)
  let open = 0
  const queue: (() => void)[] = []
  const held = new Set<string>()

  const acquire = () =>
    new Promise<void>((resolve, reject) => {
      if (open < limit) {
        open++
        return resolve()
      }
      const go = () => {
        clearTimeout(timer)
        open++
        resolve()
      }
      const timer = setTimeout(() => {
        queue.splice(queue.indexOf(go), 1)
        reject(new DatabaseUnavailableError('waiting for a save to end'))
      }, waitMs)
      queue.push(go)
    })
  const release = () => {
    open--
    queue.shift()?.()
  }

  const begin = db.beginTransaction.bind(db)
  db.beginTransaction = async (options) => {
    await acquire()
    try {
      const id = await begin(options)
      if (id === null || id === undefined) release()
      else held.add(String(await id))
      return id
    } catch (error) {
      release()
      throw error
    }
  }
  const ending =
    (end: (id: Id) => Promise<void>) =>
    async (incoming: Id): Promise<void> => {
      const id = String(await incoming)
      try {
        await end(incoming)
      } finally {
        if (held.delete(id)) release()
      }
    }
  db.commitTransaction = ending(db.commitTransaction.bind(db))
  db.rollbackTransaction = ending(db.rollbackTransaction.bind(db))
}
