import type { AfterErrorHook } from 'payload'

/** What a reader or an editor is told while the database does not answer (HTTP 503). */
export const databaseUnavailableMessage =
  'The database is not answering at the moment. Try again in a few seconds.'

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
const messages =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|database system is (starting up|shutting down|in recovery)|terminating connection due to administrator command|Connection refused/i

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

/** Payload's afterError for its REST routes: a database outage is a 503 with a plain message. */
export const answerDatabaseOutage: AfterErrorHook = ({ error }) =>
  isDatabaseUnavailable(error)
    ? { status: 503, response: { errors: [{ message: databaseUnavailableMessage }] } }
    : undefined
