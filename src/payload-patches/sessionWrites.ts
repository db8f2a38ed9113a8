import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { withDatabaseLock } from '../lib/databaseLock'

type Session = { id: string; createdAt?: unknown; expiresAt: string | Date }
type UpdateOneArgs = {
  id?: number | string
  collection: string
  data: { sessions?: Session[] } & Record<string, unknown>
  req?: Partial<PayloadRequest>
}
type FindOneArgs = { collection: string; req?: Partial<PayloadRequest> }
type SqlAdapter = {
  name: string
  sessions?: Record<string, { db?: unknown }>
  execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
  findOne: (args: FindOneArgs) => Promise<unknown>
  updateOne: (args: UpdateOneArgs) => Promise<unknown>
}

const expiryOf = (s: Session) => new Date(s.expiresAt).getTime()

const unexpired = (sessions: Session[], now: number) => sessions.filter((s) => expiryOf(s) > now)

/** The sessions a request read: each id with its expiry. */
export type SessionsRead = ReadonlyMap<string, number>

/**
 * What a write of the session list means, applied to the list stored now: the sessions it added
 * (written, not in what its request had read), the ones it removed (read, not written) and the
 * ones whose expiry it changed (a refresh). Everything else stays as stored now, so neither a
 * session another request removed meanwhile comes back nor another's refresh is undone.
 */
export const applySessionWrite = (
  stored: Session[],
  read: SessionsRead,
  written: Session[],
  now: number,
): Session[] => {
  const changed = new Map(
    written.filter((s) => read.has(s.id) && read.get(s.id) !== expiryOf(s)).map((s) => [s.id, s]),
  )
  const writtenIds = new Set(written.map((s) => s.id))
  const storedIds = new Set(stored.map((s) => s.id))
  const kept = stored
    .filter((s) => !read.has(s.id) || writtenIds.has(s.id))
    .map((s) => changed.get(s.id) ?? s)
  const added = written.filter((s) => !read.has(s.id) && !storedIds.has(s.id))
  return unexpired([...kept, ...added], now)
}

const readOf = (sessions: Session[]): SessionsRead =>
  new Map(sessions.map((s) => [s.id, expiryOf(s)]))

/**
 * Payload signs in, signs out and refreshes a session by reading the user, changing the session
 * list it read and writing the whole list back. Two of these at once for one account, on two
 * instances, each wrote back a list without the other's change: a sign-in dropped a session
 * signed in elsewhere (its token refused), a sign-out was undone by a sign-in, and the reverse.
 *
 * Here each request's read of an account's sessions is noted, and its write of the list takes a
 * lock for that account until its transaction ends (PostgreSQL: a transaction advisory lock;
 * elsewhere the in-process queue) and applies only its own change to the list stored now.
 * Works around payload/dist/auth/sessions.js and auth/operations/logout.js, refresh.js;
 * tests/payload-internals.test.ts fails when Payload's sign-in stops losing a session without it
 * or the sign-in no longer reads and writes the list through these methods with its request.
 */
export const serialiseSessionWrites = (
  payload: Payload,
  collection: CollectionSlug = 'users',
): void => {
  const db = payload.db as unknown as SqlAdapter
  if (db.name !== 'postgres' && db.name !== 'sqlite') return
  const findOne = db.findOne.bind(db)
  const updateOne = db.updateOne.bind(db)
  // Per request, per account: the sessions its last read saw.
  const reads = new WeakMap<object, Map<string, SessionsRead>>()

  db.findOne = async (args) => {
    const found = (await findOne(args)) as { id?: unknown; sessions?: Session[] } | null
    if (args.collection === collection && args.req && Array.isArray(found?.sessions)) {
      let byAccount = reads.get(args.req)
      if (!byAccount) reads.set(args.req, (byAccount = new Map()))
      byAccount.set(String(found.id), readOf(found.sessions))
    }
    return found
  }

  const storedSessions = async (id: number | string, req?: Partial<PayloadRequest>) => {
    const user = (await findOne({
      collection,
      where: { id: { equals: id } },
      select: { sessions: true },
      req,
    } as FindOneArgs)) as { sessions?: Session[] } | null
    return user?.sessions ?? []
  }

  db.updateOne = async (args) => {
    const read =
      args.collection === collection && args.id !== undefined && args.req
        ? reads.get(args.req)?.get(String(args.id))
        : undefined
    const written = args.data?.sessions
    if (!read || !Array.isArray(written)) return updateOne(args)
    const write = async () => {
      const sessions = applySessionWrite(
        await storedSessions(args.id!, args.req),
        read,
        written,
        Date.now(),
      )
      reads.get(args.req!)?.set(String(args.id), readOf(sessions))
      return updateOne({ ...args, data: { ...args.data, sessions } })
    }
    const lock = `pressroom:sessions:${collection}:${String(args.id)}`
    const id = args.req?.transactionID ? await args.req.transactionID : undefined
    const tx = id !== undefined ? db.sessions?.[String(id)]?.db : undefined
    if (db.name === 'postgres' && tx) {
      // Held until the request's transaction commits or rolls back.
      await db.execute({
        drizzle: tx,
        raw: `select pg_advisory_xact_lock(hashtext('${lock.replaceAll("'", "''")}'))`,
      })
      return write()
    }
    return withDatabaseLock(payload, lock, write)
  }
}
