import type { FieldHook } from 'payload'

import {
  isReleasePublication,
  scheduledAndLatestVersions,
  type ScheduleInput,
} from '../../../jobs/releaseVersions'
import { readOfficeTimezone } from '../../../lib/settings'
import { say } from '../../../lib/translations'
import { unapprovedQuotes } from '../../../lib/unapprovedQuotes'

/**
 * For staff opening one release: when it is scheduled to go public, whether edits saved since
 * scheduling are left out of that publication, and what would stop the job from publishing it.
 */
export const readScheduledPublication: FieldHook = async ({ data, findMany, req }) => {
  if (findMany || !req.user || !data?.id) return null
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    where: {
      and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }],
    },
    sort: 'waitUntil',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const job = docs.find((j) => {
    const input = j.input as ScheduleInput
    return isReleasePublication(input) && String(input.doc?.value) === String(data.id)
  })
  if (!job) return null
  const { scheduled, latest, gone } = await scheduledAndLatestVersions(req, data.id, {
    input: job.input as ScheduleInput,
    createdAt: job.createdAt,
  })
  const laterEditNotScheduled =
    scheduled !== undefined && latest !== undefined && String(scheduled) !== String(latest)
  const blockers = await unapprovedQuotes(req, data.quotes)
  return {
    publishAt: job.waitUntil,
    timeZone: await readOfficeTimezone(req.payload, req),
    jobId: job.id,
    laterEditNotScheduled,
    warning:
      gone !== undefined
        ? say(req.t, 'scheduledVersionGone')
        : laterEditNotScheduled
          ? say(req.t, 'laterEdit')
          : null,
    blockers,
  }
}
