import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { nowOf } from '../lib/clock'

export const loginLimits = { attempts: 5, lockMs: 60_000 }

type Entry = { attempts: number; lockedUntil: number }

/**
 * Sign-in attempts counted per client address and account, in memory: after `attempts` tries
 * without a success that pair waits `lockMs`. Someone elsewhere who knows an address cannot lock
 * its owner out this way; a success clears the count.
 */
export const createLoginThrottle = (limits = loginLimits) => {
  const entries = new Map<string, Entry>()
  return {
    /** Records an attempt; returns how long the pair must still wait (0: go ahead). */
    attempt(key: string, now: number): number {
      const entry = entries.get(key) ?? { attempts: 0, lockedUntil: 0 }
      if (entry.lockedUntil > now) return entry.lockedUntil - now
      if (entry.lockedUntil) entries.delete(key)
      const attempts = (entry.lockedUntil ? 0 : entry.attempts) + 1
      entries.set(key, {
        attempts,
        lockedUntil: attempts >= limits.attempts ? now + limits.lockMs : 0,
      })
      return 0
    },
    succeeded(key: string) {
      entries.delete(key)
    },
  }
}

const throttle = createLoginThrottle()
const contextKey = 'pressroomLoginThrottleKey'

/**
 * The client as the nearest hop saw it: `next start` sets X-Forwarded-For to the socket's
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
export const throttleLogins: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const key = keyOf(req.headers, (args as { data?: { email?: unknown } }).data?.email)
  req.context[contextKey] = key
  const waitMs = throttle.attempt(key, nowOf(req).getTime())
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
export const clearLoginThrottle: CollectionAfterLoginHook = ({ req }) => {
  const key = req.context[contextKey]
  if (typeof key === 'string') throttle.succeeded(key)
}
