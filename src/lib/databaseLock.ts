import type { Payload } from 'payload'

type PgClient = {
  query: (text: string, values?: unknown[]) => Promise<unknown>
  release: (error?: Error) => void
}
type PgPool = { connect: () => Promise<PgClient> }

const queues = new Map<string, Promise<unknown>>()

/** One piece of work per name at a time in this process, in the order they arrive. */
const oneAtATimeHere = <T>(name: string, work: () => Promise<T>): Promise<T> => {
  const run = (queues.get(name) ?? Promise.resolve()).then(work, work)
  const settled = run.then(
    () => undefined,
    () => undefined,
  )
  queues.set(name, settled)
  // The last in line clears the name, so names used once do not pile up.
  void settled.then(() => queues.get(name) === settled && queues.delete(name))
  return run
}

/**
 * Runs `work` while holding a lock named `name` across every instance on the same database: on
 * PostgreSQL a session advisory lock on a connection of its own (the server drops it if this
 * process dies), elsewhere (SQLite, one machine; MongoDB) one at a time in this process.
 */
export const withDatabaseLock = <T>(
  payload: Payload,
  name: string,
  work: () => Promise<T>,
): Promise<T> =>
  oneAtATimeHere(name, async () => {
    const pool = (payload.db as unknown as { name: string; pool?: PgPool }).pool
    if (payload.db.name !== 'postgres' || !pool) return work()
    const client = await pool.connect()
    let failed: Error | undefined
    try {
      await client.query('select pg_advisory_lock(hashtext($1))', [name])
      try {
        return await work()
      } finally {
        await client.query('select pg_advisory_unlock(hashtext($1))', [name])
      }
    } catch (error) {
      failed = error as Error
      throw error
    } finally {
      // A connection that failed is not handed out again.
      client.release(failed)
    }
  })
