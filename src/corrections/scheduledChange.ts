import type { PayloadRequest } from 'payload'

import { unsaidChange } from './hooks'
import { scheduledChange } from './pendingChange'

/**
 * At the schedule: a version that changes the content of a release public now must already say
 * its kind and, unless minor, its notes, as a save would; the job that publishes it has no one to
 * ask. Returns the save's refusal words in the scheduler's language, or null.
 */
export const scheduledChangeRefusal = async (
  req: PayloadRequest,
  releaseId: number | string,
  version: number | string,
): Promise<string | null> => {
  const change = await scheduledChange(req, releaseId, version)
  return change ? (unsaidChange(req, change)?.message ?? null) : null
}
