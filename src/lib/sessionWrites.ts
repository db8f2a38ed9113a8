import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { withDatabaseLock } from './databaseLock'

type Session = { id: string; createdAt?: unknown; expiresAt: string | Date }
type UpdateOneArgs = {
  id?: number | string
  collection: string
  data: { sessions?: Session[]; updatedAt?: unknown } & Record<string, unknown>
  req?: Partial<PayloadRequest>
}
type SqlAdapter = {
  name: string
  drizzle: unknown
  sessions?: Record<string, { db?: unknown }>
  execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
  updateOne: (args: UpdateOneArgs) => Promise<unknown>
}

const unexpired = (sessions: Session[], now: number) =>
  sessions.filter((s) => new Date(s.expiresAt).getTime() > now)

/**
 * Payload signs a user in by reading the user, adding a session to the list it read and writing
 * the whole list back (its addSessionToUser). Two sign-ins of one account at the same moment, on
 * two instances, each wrote back a list without the other's session, and the loser's token was
 * then refused (403). Here such a write first takes a lock for that user until its transaction
 * ends (PostgreSQL: a transaction advisory lock; elsewhere the in-process queue for the write),
 * then writes the sessions stored now plus its new ones, so no sign-in drops another's session.
 *
 * Only the sign-in's write is changed: Payload marks it by leaving updatedAt empty. Sign-out and a
 * password change write the list they mean to keep, as they are.
 */
export const serialiseSessionWrites = (
  payload: Payload,
  collection: CollectionSlug = 'users',
): void => {
  const db = payload.db as unknown as SqlAdapter
  if (db.name !== 'postgres' && db.name !== 'sqlite') return
  const updateOne = db.updateOne.bind(db)

  const storedSessions = async (id: number | string, req?: Partial<PayloadRequest>) => {
    const user = await payload.db.findOne<{ id: number; sessions?: Session[] }>({
      collection,
      where: { id: { equals: id } },
      select: { sessions: true },
      req,
    })
    return user?.sessions ?? []
  }

  const merged = async (args: UpdateOneArgs): Promise<UpdateOneArgs> => {
    const stored = await storedSessions(args.id!, args.req)
    const known = new Set(stored.map((s) => s.id))
    const added = (args.data.sessions ?? []).filter((s) => !known.has(s.id))
    const sessions = unexpired([...stored, ...added], Date.now())
    return { ...args, data: { ...args.data, sessions } }
  }

  db.updateOne = async (args) => {
    const signIn =
      args.collection === collection &&
      args.id !== undefined &&
      Array.isArray(args.data?.sessions) &&
      args.data.updatedAt === null
    if (!signIn) return updateOne(args)
    const lock = `pressroom:sessions:${collection}:${String(args.id)}`
    const id = args.req?.transactionID ? await args.req.transactionID : undefined
    const tx = id !== undefined ? db.sessions?.[String(id)]?.db : undefined
    if (db.name === 'postgres' && tx) {
      // Held until the sign-in's transaction commits or rolls back.
      await db.execute({
        drizzle: tx,
        raw: `select pg_advisory_xact_lock(hashtext('${lock.replaceAll("'", "''")}'))`,
      })
      return updateOne(await merged(args))
    }
    return withDatabaseLock(payload, lock, async () => updateOne(await merged(args)))
  }
}
