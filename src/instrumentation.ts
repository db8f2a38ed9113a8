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
