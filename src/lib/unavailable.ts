import type { AfterErrorHook, PayloadRequest } from 'payload'

import { noteDatabaseFailure } from './databaseHealth'
import { refusalBody } from './errors'
import type { CustomKey } from './translations'

/**
 * What a reader or an editor is told while the database does not answer (HTTP 503): worded in the
 * asker's language, with this key in `errors[0].data`.
 */
export const databaseUnavailableKey = 'refuseDatabaseUnavailable' satisfies CustomKey

// Connection refused or cut, the server shutting down or starting up (PostgreSQL SQLSTATE class
// 08 and 57P0x), no pooled connection within the timeout.
const codes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  '57P01',
  '57P02',
  '57P03',
])
// Payload rewraps a transaction that could not begin as a plain Error carrying only the message
// ("cannot begin transaction: connect ECONNREFUSED …").
const messages =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|database system is (starting up|shutting down|in recovery)|terminating connection due to administrator command|Connection refused|\bECONNREFUSED\b|\bECONNRESET\b|cannot begin transaction/i

export const userLookupFailedKey = 'pressroomUserLookupFailed'

/**
 * Whether this request carried a sign-in token whose user could not be read because the database
 * was away (marked by src/payload-patches/userLookup.ts).
 */
export const userLookupFailed = (req: Partial<PayloadRequest> | undefined): boolean =>
  req?.context?.[userLookupFailedKey] === true

/** Thrown where work cannot go on because the database could not be reached a moment ago. */
export class DatabaseUnavailableError extends Error {
  readonly code = 'ECONNREFUSED'
  constructor(what: string) {
    super(`${what}: the database did not answer`)
  }
}

/** Whether an error (or any error it wraps) says the database cannot be reached right now. */
export const isDatabaseUnavailable = (error: unknown): boolean => {
  for (let e = error, depth = 0; e && depth < 6; depth++) {
    const { code, message, cause } = e as { code?: unknown; message?: unknown; cause?: unknown }
    if (typeof code === 'string' && (codes.has(code) || code.startsWith('08'))) return true
    if (typeof message === 'string' && messages.test(message)) return true
    e = cause
  }
  return false
}

type Pool = { query: (text: string) => Promise<unknown> }

/** Whether the database answers a trivial query within 2 s (true where there is no pool). */
export const databaseAnswers = async (db: unknown): Promise<boolean> => {
  const pool = (db as { pool?: Pool }).pool
  if (!pool) return true
  let timer: NodeJS.Timeout | undefined
  try {
    await Promise.race([
      pool.query('select 1'),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('no answer')), 2000))),
    ])
    return true
  } catch {
    return false
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Payload's afterError for its REST routes: a database outage is a 503 with a plain message, worded
 * in the asker's language (the admin's, for staff) with its key.
 * Payload rewraps some errors (a transaction that could not begin, with the cause dropped), so a
 * server error is also a 503 when the database does not answer right now, and so is any error of a
 * request whose signed-in user could not be read (it would otherwise be refused as anonymous).
 */
export const answerDatabaseOutage: AfterErrorHook = async ({ error, req }) => {
  const status = (error as { status?: number } | undefined)?.status ?? 500
  const outage =
    isDatabaseUnavailable(error) ||
    userLookupFailed(req) ||
    (status >= 500 && !(await databaseAnswers(req.payload.db)))
  if (outage) noteDatabaseFailure()
  return outage ? { status: 503, response: refusalBody(req?.t, databaseUnavailableKey) } : undefined
}
