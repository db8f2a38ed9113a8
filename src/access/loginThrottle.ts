import type { CollectionAfterLoginHook, CollectionBeforeOperationHook, Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { APIError } from 'payload'

import { nowOf } from '../lib/clock'

export const loginLimits = { attempts: 5, lockMs: 60_000 }

export type LoginThrottle = {
  /** Records an attempt; resolves to how long the pair must still wait (0: go ahead). */
  attempt(key: string, now: number): Promise<number>
  /** A success clears the pair. */
  succeeded(key: string): Promise<void>
}

type Entry = { attempts: number; lockedUntil: number }

/**
 * Sign-in attempts counted per client address and account: after `attempts` tries without a
 * success that pair waits `lockMs`. Someone elsewhere who knows an address cannot lock its owner
 * out this way; a success clears the count. This one counts in memory, for one process (MongoDB).
 */
export const createLoginThrottle = (limits = loginLimits): LoginThrottle => {
  const entries = new Map<string, Entry>()
  return {
    async attempt(key, now) {
      const entry = entries.get(key) ?? { attempts: 0, lockedUntil: 0 }
      if (entry.lockedUntil > now) return entry.lockedUntil - now
      const attempts = (entry.lockedUntil ? 0 : entry.attempts) + 1
      entries.set(key, {
        attempts,
        lockedUntil: attempts >= limits.attempts ? now + limits.lockMs : 0,
      })
      return 0
    },
    async succeeded(key) {
      entries.delete(key)
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
export const databaseLoginThrottle = (payload: Payload, limits = loginLimits): LoginThrottle => {
  const db = payload.db as unknown as SqlDb
  const run = async (statement: unknown): Promise<Row[]> => {
    const result = (await db.execute({ drizzle: db.drizzle, sql: statement })) as { rows?: Row[] }
    return Array.isArray(result?.rows) ? result.rows : []
  }
  let sweptAt = 0
  return {
    async attempt(key, now) {
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
      return refused ? Math.max(1, Number(row?.locked_until ?? 0) - now) : 0
    },
    async succeeded(key) {
      await run(sql`DELETE FROM pressroom_login_throttle WHERE key = ${key}`)
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

const contextKey = 'pressroomLoginThrottleKey'

/**
 * The client as the nearest hop saw it: Next sets X-Forwarded-For to the socket's
 * address unless a proxy (or the client) already did, and a proxy appends, so the last entry is
 * the one a client cannot choose when a proxy is in front.
 */
export const clientOf = (headers: Headers): string =>
  headers.get('x-forwarded-for')?.split(',').pop()?.trim() || 'unknown'

const keyOf = (headers: Headers, email: unknown) =>
  `${clientOf(headers)}|${String(email ?? '')
    .trim()
    .toLowerCase()}`

/** beforeOperation on users: refuses a sign-in while its client and address wait (429). */
export const throttleLogins: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const key = keyOf(req.headers, (args as { data?: { email?: unknown } }).data?.email)
  req.context[contextKey] = key
  const waitMs = await throttleOf(req.payload).attempt(key, nowOf(req).getTime())
  if (waitMs > 0) {
    throw new APIError(
      `Too many sign-in attempts for this address: try again in ${Math.ceil(waitMs / 1000)} s.`,
      429,
      {},
      true,
    )
  }
  return args
}

/** afterLogin on users: a successful sign-in clears its client and address. */
export const clearLoginThrottle: CollectionAfterLoginHook = async ({ req }) => {
  const key = req.context[contextKey]
  if (typeof key === 'string') await throttleOf(req.payload).succeeded(key)
}
