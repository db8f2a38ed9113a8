import type { FieldHook } from 'payload'

import { isReleasePublication, latestVersionId, type ScheduleInput } from '../../../jobs/releaseVersions'

/**
 * For staff opening one release: when it is scheduled to go public, and whether edits saved since
 * scheduling are left out of that publication.
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
  const scheduledVersion = (job.input as ScheduleInput).version
  const latest = await latestVersionId(req, data.id)
  const laterEditNotScheduled =
    scheduledVersion !== undefined && latest !== undefined && String(latest) !== String(scheduledVersion)
  return {
    publishAt: job.waitUntil,
    jobId: job.id,
    scheduledVersion,
    laterEditNotScheduled,
    warning: laterEditNotScheduled
      ? 'Edits saved after scheduling are not part of the scheduled publication: the scheduled version goes out, these edits stay a draft. Schedule again to include them.'
      : null,
  }
}
