import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { beginTransaction } from '@payloadcms/drizzle'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

/**
 * Runs `work` with a request whose every write is in one transaction, committed when it returns
 * and rolled back when it throws: all or nothing, on SQLite too.
 *
 * Payload's SQLite adapter begins no transaction unless configured with `transactionOptions`
 * (@payloadcms/db-sqlite 3.90, dist/index.js: `beginTransaction: args.transactionOptions ?
 * beginTransaction : defaultBeginTransaction()`), and configuring it would put every save of the
 * app in one. Here only this work is: on SQLite the transaction is begun with @payloadcms/drizzle's
 * own beginTransaction, which keeps it in `payload.db.sessions` where the adapter's commit and
 * rollback (and every query made with this request) find it. tests/payload-internals.test.ts
 * fails when the adapter begins transactions itself (the patch is then unnecessary) or the
 * drizzle transaction is no longer kept where the adapter ends it.
 */
export const inOneTransaction = async <T>(
  payload: Payload,
  user: TypedUser | null,
  work: (req: PayloadRequest) => Promise<T>,
): Promise<T> => {
  const req = await createLocalReq({ user: user ?? undefined }, payload)
  if (payload.db.name === 'sqlite') {
    req.transactionID = (await beginTransaction.call(
      payload.db as unknown as ThisParameterType<typeof beginTransaction>,
      {},
    )) as string
  } else {
    await initTransaction(req)
  }
  let result: T
  try {
    result = await work(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  await commitTransaction(req)
  return result
}
