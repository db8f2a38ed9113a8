/**
 * Runs once as `next start` starts: a configuration that would sign logins with a secret of its
 * own on each instance stops the server here, with the reason, instead of failing every request.
 */
export const register = async (): Promise<void> => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { missingSecretReason } = await import('./lib/settings')
  const reason = missingSecretReason()
  if (reason) {
    console.error(`pressroom: ${reason}`)
    process.exit(1)
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
