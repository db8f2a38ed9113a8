import type { Payload } from 'payload'

type Tx = object
type Drizzle = {
  transaction: (cb: (tx: Tx) => Promise<unknown>, options?: unknown) => Promise<unknown>
}
type SqlAdapter = {
  drizzle?: Drizzle
  sessions?: Record<string, { db: Tx }>
  commitTransaction: (id: number | Promise<number | string> | string) => Promise<void>
}

/**
 * Payload's SQL adapters (@payloadcms/drizzle 3.90) end a transaction by resolving the promise
 * its work waits on and returning the transaction's outcome with every error swallowed: a COMMIT
 * that fails (the database restarting at that moment) still looks committed, and the editor gets
 * 200 for a save that is not there. Here each transaction's own outcome is kept beside it, and a
 * commit that did not succeed throws, so the request fails (503) instead. Works around
 * @payloadcms/drizzle dist/transactions/beginTransaction.js and commitTransaction.js;
 * tests/payload-internals.test.ts fails when drizzle's own commit reports the failure (the patch
 * is then unnecessary) or the patched commit no longer sees it.
 */
export const surfaceCommitFailures = (payload: Payload): void => {
  const adapter = payload.db as unknown as SqlAdapter
  const drizzle = adapter.drizzle
  if (!drizzle?.transaction || !adapter.sessions) return
  const outcomes = new WeakMap<Tx, Promise<unknown>>()
  const transaction = drizzle.transaction.bind(drizzle)
  drizzle.transaction = (work, options) => {
    let outcome: Promise<unknown> | undefined
    const run = (tx: Tx) => {
      if (outcome) outcomes.set(tx, outcome)
      return work(tx)
    }
    outcome = transaction(run, options)
    // Nobody may be listening when it fails: keep the failure from being an unhandled rejection.
    outcome.catch(() => {})
    return outcome
  }
  const commit = adapter.commitTransaction.bind(adapter)
  adapter.commitTransaction = async (incoming) => {
    const id = incoming instanceof Promise ? await incoming : incoming
    const tx = adapter.sessions?.[String(id)]?.db
    await commit(id)
    const outcome = tx && outcomes.get(tx)
    if (outcome) {
      try {
        await outcome
      } catch (error) {
        throw new Error(`The transaction did not commit: ${(error as Error).message}`, {
          cause: error,
        })
      }
    }
  }
}
