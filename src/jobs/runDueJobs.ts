import type { Payload } from 'payload'

import { runQueue } from './runner'

export type DueJobsReport = { ran: number; failed: number; summary: string }

/**
 * Runs every due job on the default queue (scheduled publications) and reports in one line. Jobs
 * are claimed one by one, so this is safe while servers run the same queue.
 */
export const runDueJobs = async (payload: Payload, limit = 100): Promise<DueJobsReport> => {
  const statuses = await runQueue(payload, 'default', { limit })
  const failed = statuses.filter(
    (s) => s.status === 'error' || s.status === 'error-reached-max-retries',
  )
  const pending = await payload.count({
    collection: 'payload-jobs',
    where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    overrideAccess: true,
  })
  const summary =
    statuses.length === 0
      ? `No scheduled publication is due (${pending.totalDocs} waiting).`
      : `Ran ${statuses.length} scheduled publication(s): ${statuses.length - failed.length} done, ${failed.length} failed (see the job log in the admin). ${pending.totalDocs} waiting.`
  return { ran: statuses.length, failed: failed.length, summary }
}
