import type { FieldHook } from 'payload'

import {
  isReleasePublication,
  scheduledAndLatestVersions,
  type ScheduleInput,
} from '../../../jobs/releaseVersions'
import { intlLocaleOf } from '../../../lib/locales'
import { readOfficeTimezone } from '../../../lib/settings'
import { say } from '../../../lib/translations'
import { unapprovedQuotes } from '../../../lib/unapprovedQuotes'

/** The calendar day of `iso` in `timeZone`, as YYYY-MM-DD (so days compare as strings). */
const dayIn = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso))

const longDay = (iso: string, language: string, timeZone: string) =>
  new Intl.DateTimeFormat(intlLocaleOf(language), {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(iso))

/**
 * The release's date (its dateline) is a day after the one it goes public on: journalists would
 * get "Kraków, 14 grudnia" on the 12th. Null when it is not.
 */
const datelineWarning = (
  req: Parameters<FieldHook>[0]['req'],
  dateline: unknown,
  publishAt: string,
  timeZone: string,
): string | null => {
  if (typeof dateline !== 'string' || !dateline) return null
  if (dayIn(dateline, timeZone) <= dayIn(publishAt, timeZone)) return null
  const language = req.i18n?.language ?? 'pl'
  return say(req.t, 'datelineAfterPublication', {
    dateline: longDay(dateline, language, timeZone),
    day: longDay(publishAt, language, timeZone),
  })
}

/**
 * For staff opening one release: when it is scheduled to go public, whether edits saved since
 * scheduling are left out of that publication, whether its date is later than that day, and what
 * would stop the job from publishing it.
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
  const publishAt = job.waitUntil as string
  const timeZone = await readOfficeTimezone(req.payload, req)
  return {
    publishAt,
    timeZone,
    jobId: job.id,
    laterEditNotScheduled,
    warning:
      gone !== undefined
        ? say(req.t, 'scheduledVersionGone')
        : laterEditNotScheduled
          ? say(req.t, 'laterEdit')
          : null,
    datelineWarning: datelineWarning(req, data.date, publishAt, timeZone),
    blockers,
  }
}
