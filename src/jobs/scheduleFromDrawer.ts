import type { AcceptedLanguages } from '@payloadcms/translations'
import type { ServerFunction } from 'payload'

import {
  schedulePublishHandler,
  type SchedulePublishHandlerArgs,
} from '@payloadcms/ui/utilities/schedulePublishHandler'

import { scheduleRefusal, scheduleReviewRefusal } from '../access/schedulePublication'
import { unpublishRefusal } from '../access/unpublishing'
import { scheduledChangeRefusal } from '../corrections/scheduledChange'
import { recordSchedule, recordScheduleCancelled } from '../audit/schedule'
import { scheduleTimeRefusal } from '../lib/scheduleTime'
import { say } from '../lib/translations'
import {
  isReleasePublication,
  isVersionOf,
  latestVersionOf,
  type ScheduleInput,
} from './releaseVersions'

/** The drawer's arguments, and the version a caller may name (the newest one otherwise). */
type Args = SchedulePublishHandlerArgs & { version?: number | string }

/**
 * The admin's schedule drawer (Payload's `schedule-publish` server function) as this app runs it.
 * Only those who may publish schedule or cancel, never for a time already past, and never a
 * version the scheduler wrote themselves (the second pair of eyes), nor a change to a public
 * release that does not say its kind and notes (src/corrections), nor an unpublication of a release
 * public by then (src/access/unpublishing.ts). A release's publication is queued with the id of
 * the version it was made on (the newest, or the one the caller names), and the job publishes
 * exactly that version (src/jobs/schedulePublish.ts). Anything else is Payload's own handler.
 */
export const schedulePublishFunction: ServerFunction<Args> = async (args) => {
  const { req } = args
  const refusal = scheduleRefusal(req)
  if (refusal) return { error: refusal }
  // A time already past would publish at once: "publish now" is its own, explicit button.
  const pastTime = await scheduleTimeRefusal(
    req.payload,
    req.i18n.language as AcceptedLanguages,
    args.date,
  )
  if (pastTime) return { error: pastTime }
  // Cancelling (the drawer sends only the job's id): the job goes, and the trail says which.
  if (args.deleteID !== undefined && !args.date) {
    const job = await scheduledJob(req, args.deleteID)
    if (job) {
      await req.payload.delete({ collection: 'payload-jobs', id: job.id, req })
      if (job.input.doc?.relationTo === 'press-releases') {
        await recordScheduleCancelled(req, {
          id: job.input.doc.value,
          at: job.waitUntil,
          version: job.input.version,
          type: job.input.type,
        })
      }
    }
    return { message: req.i18n.t('general:success') }
  }
  if (args.doc?.relationTo === 'press-releases' && args.type === 'unpublish' && args.date) {
    const unpublishing = await unpublishRefusal(
      req,
      { id: { equals: args.doc.value } },
      new Date(args.date),
    )
    if (unpublishing) return { error: unpublishing.message }
  }
  if (
    !args.doc ||
    !isReleasePublication({ type: args.type as ScheduleInput['type'], doc: args.doc })
  ) {
    return schedulePublishHandler(args)
  }
  const releaseId = args.doc.value as number | string
  const version = args.version ?? (await latestVersionOf(req, releaseId))
  if (version === undefined || !(await isVersionOf(req, releaseId, version))) {
    return { error: say(req.t, 'scheduleNoVersion') }
  }
  const notReviewed = await scheduleReviewRefusal(req, version)
  if (notReviewed) return { error: notReviewed }
  const unsaid = await scheduledChangeRefusal(req, releaseId, version)
  if (unsaid) return { error: unsaid }
  const replaced = args.deleteID !== undefined ? await scheduledJob(req, args.deleteID) : null
  if (replaced) await req.payload.delete({ collection: 'payload-jobs', id: replaced.id, req })
  const input: ScheduleInput & { timezone?: string } = {
    type: 'publish',
    doc: { relationTo: 'press-releases', value: releaseId },
    locale: args.localeToPublish,
    timezone: args.timezone,
    user: { relationTo: 'users', value: req.user!.id },
    version,
  }
  // The version is kept in the job's input beside Payload's own fields (stored as JSON).
  await req.payload.jobs.queue({
    task: 'schedulePublish',
    input: input as never,
    waitUntil: args.date,
  })
  await recordSchedule(req, {
    id: releaseId,
    at: args.date!,
    replaced: replaced?.waitUntil,
    version,
    type: input.type,
  })
  return { message: req.i18n.t('general:success') }
}

type ScheduledJob = { id: number | string; waitUntil?: string | null; input: ScheduleInput }

/** A queued scheduled publication by its job id (nothing for any other job). */
const scheduledJob = async (
  req: Parameters<ServerFunction<Args>>[0]['req'],
  id: number | string,
): Promise<ScheduledJob | null> => {
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    where: { and: [{ id: { equals: id } }, { taskSlug: { equals: 'schedulePublish' } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return (docs[0] as unknown as ScheduledJob | undefined) ?? null
}
