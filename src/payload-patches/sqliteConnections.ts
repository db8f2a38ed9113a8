import type { Payload } from 'payload'

type Transaction = { close: () => void }
type Mode = 'write' | 'read' | 'deferred'
type LibsqlClient = {
  execute: (...args: unknown[]) => Promise<unknown>
  batch: (...args: unknown[]) => Promise<unknown>
  transaction: (mode?: Mode) => Promise<Transaction>
}

const isBusy = (error: unknown) => (error as { code?: unknown } | null)?.code === 'SQLITE_BUSY'

/**
 * Keeps the SQLite client's own connection waiting for the write lock, and never hands a
 * transaction a connection with a statement left running.
 *
 * @libsql/client 0.14 (lib-esm/sqlite3.js) gives `transaction()` the connection it has and opens a
 * new one for everything else. The adapter set `busy_timeout` on the first connection only
 * (@payloadcms/db-sqlite 3.90, dist/connect.js), so once a transaction had run, a write beside the
 * next one (the journalist import holds the lock for all its rows) failed at once: "database is
 * locked". Worse, SQLite keeps a statement that met a busy lock running, to be retried, and the
 * client never resets it (it is finalized when garbage-collected): the next `transaction()` takes
 * that connection and its COMMIT fails with "cannot commit transaction - SQL statements in
 * progress" (seen once in signup-http's import). Here every connection the client opens in place
 * of one given away gets the timeout, and a connection whose statement failed busy is given up for
 * a new one. tests/payload-internals.test.ts ("sqliteConnections.ts") fails when the client
 * no longer needs this or the patch no longer helps.
 */
export const keepSqliteConnectionsUsable = (payload: Payload, busyTimeoutMs: number): void => {
  const db = payload.db as unknown as { name: string; client?: LibsqlClient }
  const client = db.client
  if (db.name !== 'sqlite' || !client) return
  const execute = client.execute.bind(client)
  const batch = client.batch.bind(client)
  const transaction = client.transaction.bind(client)
  const withTimeout = () => execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
  // Giving the connection to a transaction that is closed at once makes the client open another.
  const replaceConnection = async () => {
    ;(await transaction('deferred')).close()
    await withTimeout()
  }
  const replacedWhenBusy =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await call(...args)
      } catch (error) {
        if (isBusy(error)) await replaceConnection()
        throw error
      }
    }
  client.execute = replacedWhenBusy(execute)
  client.batch = replacedWhenBusy(batch)
  client.transaction = replacedWhenBusy(async (mode?: Mode) => {
    const tx = await transaction(mode)
    await withTimeout()
    return tx
  })
}
