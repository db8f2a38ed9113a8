import type {
  CollectionAfterLoginHook,
  CollectionBeforeOperationHook,
  Payload,
  PayloadRequest,
} from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { recordAuditEvent } from '../audit/record'
import { clientOf } from '../lib/clientAddress'
import { nowOf } from '../lib/clock'
import { refusal } from '../lib/refusal'

/** One client and one account: after `attempts` tries without a success, wait `lockMs`. */
export const loginLimits = { attempts: 5, lockMs: 60_000 }

/** One client, any accounts (someone trying one password on many addresses). */
export const clientLoginLimits = { attempts: 30, lockMs: 15 * 60_000 }

/**
 * One account, from anywhere: the first `free` attempts since `windowMs` of quiet go straight
 * through; each one after waits twice as long as the last, up to `maxMs`. The owner is slowed
 * down, never refused (Payload's own account lock is off: `maxLoginAttempts: 0` on users).
 */
export const accountSlowdown = { free: 10, stepMs: 250, maxMs: 3_000, windowMs: 15 * 60_000 }

/** How long an attempt on an account waits, given the attempts on it before this one. */
export const slowdownMs = (earlier: number, limits = accountSlowdown): number =>
  earlier < limits.free ? 0 : Math.min(limits.maxMs, limits.stepMs * 2 ** (earlier - limits.free))

export type LoginThrottle = {
  /**
   * Records an attempt; resolves to how long the pair must still wait (0: go ahead). The first
   * attempt refused by a lock calls `lockedOut` (once per lock: the audit trail's lock-out).
   */
  attempt(
    key: string,
    now: number,
    limits?: typeof loginLimits,
    lockedOut?: () => Promise<void>,
  ): Promise<number>
  /** A success clears the pair. */
  succeeded(key: string): Promise<void>
  /** Records an attempt on an account; resolves to how many came before it within `windowMs`. */
  count(key: string, now: number, windowMs: number): Promise<number>
  /** Takes one attempt back (a success is not a guess). */
  uncount(key: string): Promise<void>
}

type Entry = { attempts: number; lockedUntil: number; lastAt: number; refused?: number }

/**
 * Sign-in attempts counted per key (a client and an account, or a client alone): after
 * `attempts` tries without a success that key waits `lockMs`. Someone elsewhere who knows an
 * address cannot lock its owner out this way; a success clears the count. This one counts in
 * memory, for one process (MongoDB).
 */
export const createLoginThrottle = (): LoginThrottle => {
  const entries = new Map<string, Entry>()
  return {
    async attempt(key, now, limits = loginLimits, lockedOut) {
      const entry = entries.get(key) ?? { attempts: 0, lockedUntil: 0, lastAt: now }
      if (entry.lockedUntil > now) {
        entry.refused = (entry.refused ?? 0) + 1
        if (entry.refused === 1) await lockedOut?.()
        return entry.lockedUntil - now
      }
      const attempts = (entry.lockedUntil ? 0 : entry.attempts) + 1
      entries.set(key, {
        attempts,
        lockedUntil: attempts >= limits.attempts ? now + limits.lockMs : 0,
        lastAt: now,
      })
      return 0
    },
    async succeeded(key) {
      entries.delete(key)
    },
    async count(key, now, windowMs) {
      const entry = entries.get(key)
      const earlier = entry && entry.lastAt >= now - windowMs ? entry.attempts : 0
      entries.set(key, { attempts: earlier + 1, lockedUntil: 0, lastAt: now })
      return earlier
    },
    async uncount(key) {
      const entry = entries.get(key)
      if (entry && entry.attempts > 0) entry.attempts -= 1
    },
  }
}

export const throttleTable = 'pressroom_login_throttle'
type Row = { attempts?: number | string; locked_until?: number | string | bigint }
type SqlDb = {
  name: string
  drizzle: unknown
  execute: (args: { drizzle: unknown; sql: unknown }) => Promise<unknown>
}

/**
 * The same rule kept in the database (table `pressroom_login_throttle`, SQLite or PostgreSQL), so
 * every instance behind a load balancer counts one client's attempts together. One statement per
 * attempt decides atomically: while the pair waits, its count still grows, so a count past the
 * limit says this attempt was refused; a lock that has run out starts the count again. Pairs not
 * seen for a day are dropped now and then.
 */
export const databaseLoginThrottle = (payload: Payload): LoginThrottle => {
  const db = payload.db as unknown as SqlDb
  const run = async (statement: unknown): Promise<Row[]> => {
    const result = (await db.execute({ drizzle: db.drizzle, sql: statement })) as { rows?: Row[] }
    return Array.isArray(result?.rows) ? result.rows : []
  }
  let sweptAt = 0
  return {
    async attempt(key, now, limits = loginLimits, lockedOut) {
      if (now - sweptAt > 3_600_000) {
        sweptAt = now
        await run(sql`DELETE FROM pressroom_login_throttle
          WHERE last_at < ${now - 86_400_000} AND locked_until < ${now}`)
      }
      const [row] = await run(sql`
        INSERT INTO pressroom_login_throttle (key, attempts, locked_until, last_at)
        VALUES (${key}, 1, ${1 >= limits.attempts ? now + limits.lockMs : 0}, ${now})
        ON CONFLICT (key) DO UPDATE SET
          attempts = CASE
            WHEN pressroom_login_throttle.locked_until > ${now}
              THEN pressroom_login_throttle.attempts + 1
            WHEN pressroom_login_throttle.locked_until > 0 THEN 1
            ELSE pressroom_login_throttle.attempts + 1 END,
          locked_until = CASE
            WHEN pressroom_login_throttle.locked_until > ${now}
              THEN pressroom_login_throttle.locked_until
            WHEN pressroom_login_throttle.locked_until = 0
              AND pressroom_login_throttle.attempts + 1 >= ${limits.attempts}
              THEN ${now + limits.lockMs}
            WHEN pressroom_login_throttle.locked_until > 0 AND 1 >= ${limits.attempts}
              THEN ${now + limits.lockMs}
            ELSE 0 END,
          last_at = ${now}
        RETURNING attempts, locked_until`)
      const refused = Number(row?.attempts ?? 0) > limits.attempts
      // The count grows by one per refused attempt: the first refusal of this lock is limit + 1.
      if (Number(row?.attempts ?? 0) === limits.attempts + 1) await lockedOut?.()
      return refused ? Math.max(1, Number(row?.locked_until ?? 0) - now) : 0
    },
    async succeeded(key) {
      await run(sql`DELETE FROM pressroom_login_throttle WHERE key = ${key}`)
    },
    async count(key, now, windowMs) {
      const [row] = await run(sql`
        INSERT INTO pressroom_login_throttle (key, attempts, locked_until, last_at)
        VALUES (${key}, 1, 0, ${now})
        ON CONFLICT (key) DO UPDATE SET
          attempts = CASE
            WHEN pressroom_login_throttle.last_at < ${now - windowMs} THEN 1
            ELSE pressroom_login_throttle.attempts + 1 END,
          last_at = ${now}
        RETURNING attempts`)
      return Math.max(0, Number(row?.attempts ?? 1) - 1)
    },
    async uncount(key) {
      await run(sql`UPDATE pressroom_login_throttle SET attempts = attempts - 1
        WHERE key = ${key} AND attempts > 0`)
    },
  }
}

const throttles = new WeakMap<Payload, LoginThrottle>()

/** The throttle of this Payload: in its SQL database, or in memory on MongoDB. */
const throttleOf = (payload: Payload): LoginThrottle => {
  let throttle = throttles.get(payload)
  if (!throttle) {
    const sqlDb = payload.db.name === 'sqlite' || payload.db.name === 'postgres'
    throttle = sqlDb ? databaseLoginThrottle(payload) : createLoginThrottle()
    throttles.set(payload, throttle)
  }
  return throttle
}

const contextKey = 'pressroomLoginThrottleKeys'

const keysOf = (headers: Headers, email: unknown) => {
  const client = clientOf(headers)
  const account = String(email ?? '')
    .trim()
    .toLowerCase()
  return { pair: `${client}|${account}`, client: `client:${client}`, account: `account:${account}` }
}

/**
 * A client's sign-ins are refused for a while: one audit entry, written on its own (the refused
 * sign-in's request is rolled back).
 */
const recordLockout = (payload: Payload, headers: Headers, what: string) =>
  recordAuditEvent(
    { payload },
    {
      action: 'login-lockout',
      actor: { kind: 'client', name: clientOf(headers) },
      detail: `sign-ins refused for a while: ${what}`,
    },
  )

const tooMany = (req: PayloadRequest, waitMs: number) =>
  refusal(req, 'refuseTooManySignIns', { seconds: Math.ceil(waitMs / 1000) }, 429)

/**
 * beforeOperation on users, for a sign-in: a client that guessed too often (at one account, or at
 * any) waits (429); an account guessed at from many clients answers ever more slowly, but still
 * answers its owner.
 */
export const throttleLogins: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const keys = keysOf(req.headers, (args as { data?: { email?: unknown } }).data?.email)
  const throttle = throttleOf(req.payload)
  const now = nowOf(req).getTime()
  const lockedOut = (what: string) => () => recordLockout(req.payload, req.headers, what)
  const pairWait = await throttle.attempt(keys.pair, now, loginLimits, lockedOut(keys.account))
  if (pairWait > 0) throw tooMany(req, pairWait)
  const clientWait = await throttle.attempt(
    keys.client,
    now,
    clientLoginLimits,
    lockedOut('any account'),
  )
  if (clientWait > 0) throw tooMany(req, clientWait)
  req.context[contextKey] = keys
  const delay = slowdownMs(await throttle.count(keys.account, now, accountSlowdown.windowMs))
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay))
  return args
}

/** afterLogin on users: a successful sign-in clears its client, and is not a guess at its account. */
export const clearLoginThrottle: CollectionAfterLoginHook = async ({ req }) => {
  const keys = req.context[contextKey] as ReturnType<typeof keysOf> | undefined
  if (!keys) return
  const throttle = throttleOf(req.payload)
  await throttle.succeeded(keys.pair)
  await throttle.succeeded(keys.client)
  await throttle.uncount(keys.account)
}
