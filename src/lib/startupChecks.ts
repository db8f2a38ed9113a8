import { missingSecretReason } from './settings'

/**
 * Stops the server as it starts when the configuration would sign logins with a secret of its
 * own on each instance, with the reason. Node only: imported by src/instrumentation.ts under its
 * `NEXT_RUNTIME === 'nodejs'` branch, so the Edge build never sees process.exit.
 */
export const stopWithoutSharedSecret = (): void => {
  const reason = missingSecretReason()
  if (reason) {
    console.error(`pressroom: ${reason}`)
    process.exit(1)
  }
}
