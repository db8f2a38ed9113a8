/**
 * Runs once as `next start` starts: a configuration that would sign logins with a secret of its
 * own on each instance stops the server here, with the reason, instead of failing every request.
 */
export const register = async (): Promise<void> => {
  // Next's pattern for Node-only code: the import sits inside the runtime check, which the build
  // resolves per runtime; with an early return instead, the Edge build compiled process.exit and
  // printed "A Node.js API is used … Ecmascript file had an error".
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { stopWithoutSharedSecret } = await import('./lib/startupChecks')
    stopWithoutSharedSecret()
  }
}

/**
 * A page that failed because the database was away tells the request proxy, which answers the
 * next pages 503 (src/lib/databaseHealth.ts) until the database answers again.
 */
export const onRequestError = async (error: unknown): Promise<void> => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { isDatabaseUnavailable } = await import('./lib/unavailable')
  if (!isDatabaseUnavailable(error)) return
  const { noteDatabaseFailure } = await import('./lib/databaseHealth')
  noteDatabaseFailure()
}
