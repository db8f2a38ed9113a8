import type pg from 'pg'

import { bootPayload, describeOnPostgres, type TestPayload } from './helpers/payload'

/**
 * src/payload-patches/transactionLimit.ts by behaviour, on PostgreSQL (the only adapter it wraps):
 * the first test fails when Payload's adapter stops holding a pooled connection for a whole
 * transaction (the patch is then unnecessary), the second when the wrapped begin/commit no longer
 * keep reads a connection while saves are at the limit (the patch no longer works).
 */
await describeOnPostgres((db) => {
  let t: TestPayload
  beforeAll(async () => {
    t = await bootPayload('transaction-limit', db)
  }, 120_000)
  afterAll(async () => t?.destroy())

  const pool = () => (t.payload.db as unknown as { pool: pg.Pool }).pool
  const checkedOut = () => pool().totalCount - pool().idleCount
  type Id = string | number
  const adapter = () =>
    t.payload.db as unknown as {
      beginTransaction: () => Promise<Id>
      commitTransaction: (id: Id) => Promise<void>
    }

  it("is still needed: the adapter's own transaction holds a pooled connection until it ends", async () => {
    // The adapter's beginTransaction before the patch wrapped it.
    const { beginTransaction } = await import('@payloadcms/drizzle')
    const before = checkedOut()
    const id = (await beginTransaction.call(
      t.payload.db as unknown as ThisParameterType<typeof beginTransaction>,
      {},
    )) as Id
    expect(checkedOut()).toBe(before + 1)
    await adapter().commitTransaction(id)
    expect(checkedOut()).toBe(before)
  })

  it('still works: a save beyond all but three connections waits without one, reads still get one, and it begins when a save ends', async () => {
    const limit = (pool().options.max ?? 10) - 3
    const open: Id[] = []
    for (let i = 0; i < limit; i++) open.push(await adapter().beginTransaction())
    let begun = false
    const extra = adapter()
      .beginTransaction()
      .then((id) => {
        begun = true
        return id
      })
    // Reads (and a few round trips, which an unwrapped begin would have finished within) go on.
    const read = await t.payload.find({ collection: 'press-releases', overrideAccess: true })
    expect(read.totalDocs).toBe(0)
    await pool().query('select 1')
    await pool().query('select 1')
    expect({ begun, waitingForPool: pool().waitingCount }).toEqual({
      begun: false,
      waitingForPool: 0,
    })

    await adapter().commitTransaction(open.shift()!)
    open.push(await extra)
    expect(begun).toBe(true)
    for (const id of open) await adapter().commitTransaction(id)
  })
})
