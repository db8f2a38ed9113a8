import type { FieldHook, PayloadRequest } from 'payload'

import { isEmbargoOverAt } from '../../../access/visibility'
import { isReleasePublication, type ScheduleInput } from '../../../jobs/releaseVersions'
import { nowOf } from '../../../lib/clock'
import { embargoOf } from '../../../lib/embargo'
import { defaultLocale, releaseLocales } from '../../../lib/locales'
import { nestedRequest } from '../../../lib/nestedRequest'
import { readOfficeTimezone } from '../../../lib/settings'
import { say } from '../../../lib/translations'
import { formatWhen } from '../../../lib/when'
import { awaitsApproval } from '../../../review/workflow'

export type PublicationState = 'draft' | 'scheduled' | 'embargoed' | 'published'

export type PublicationStatus = {
  state: PublicationState
  /** When it goes public (scheduled) or when its embargo lifts (embargoed). */
  at: string | null
  /** An embargo that has not lifted yet (a scheduled release may carry one too). */
  embargoUntil: string | null
  /** The office's timezone, in which the admin shows `at` and `embargoUntil`. */
  timeZone: string
  locales: string[]
  /** Published, with edits saved as a draft since that are not public yet. */
  unpublishedChanges?: boolean
  /** What journalists see, in the reader's language: "Dziennikarze widzą tę informację." */
  audience: string
  /** The newest version waits for review, or was returned; null when neither. */
  review?: 'submitted' | 'returned' | null
  /** Published without a second pair of eyes, not yet approved by another editor. */
  forced?: boolean
}

const skip = 'pressroomSkipPublicationStatus'

/** Pending publications by release id, read once per request (a list reads many releases). */
export const scheduledByRelease = async (req: PayloadRequest): Promise<Map<string, string>> => {
  const cached = req.context.pressroomScheduledByRelease as Map<string, string> | undefined
  if (cached) return cached
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    sort: 'waitUntil',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const map = new Map<string, string>()
  for (const job of docs) {
    const input = job.input as ScheduleInput
    const id = String(input?.doc?.value)
    if (isReleasePublication(input) && job.waitUntil && !map.has(id)) map.set(id, job.waitUntil)
  }
  req.context.pressroomScheduledByRelease = map
  return map
}

/** The locales whose headline is written, in the latest draft. */
const writtenLocales = async (req: PayloadRequest, id: number | string): Promise<string[]> => {
  const doc = await req.payload.findByID({
    collection: 'press-releases',
    id,
    locale: 'all',
    draft: true,
    depth: 0,
    select: { headline: true },
    overrideAccess: true,
    context: { [skip]: true },
    req: nestedRequest(req),
  })
  return releaseLocales(doc?.headline)
}

const audienceKeys = {
  draft: 'audienceDraft',
  scheduled: 'audienceScheduled',
  embargoed: 'audienceEmbargoed',
  published: 'audiencePublished',
} as const

/** Where a release stands, for staff: the list's status column and the edit view's notice. */
export const readPublicationStatus: FieldHook = async (args): Promise<PublicationStatus | null> => {
  const status = await standing(args)
  if (!status) return null
  const { req } = args
  const when = status.at
    ? formatWhen(status.at, req.i18n?.language ?? defaultLocale, status.timeZone)
    : ''
  const reviewState = (args.data?.review as { state?: string } | undefined)?.state
  return {
    ...status,
    audience: say(req.t, audienceKeys[status.state], { when }),
    review: reviewState === 'submitted' || reviewState === 'returned' ? reviewState : null,
    forced: awaitsApproval(args.data?.forcedPublication),
  }
}

const standing = async ({
  data,
  req,
  context,
}: Parameters<FieldHook>[0]): Promise<Omit<PublicationStatus, 'audience'> | null> => {
  if (!req.user || !data?.id || context?.[skip]) return null
  const now = nowOf(req)
  const pending = (release: { embargoUntil?: string | null }) => {
    const embargo = embargoOf(release)
    return embargo && !isEmbargoOverAt(release, now) ? embargo.until : null
  }
  const [scheduled, written, timeZone] = await Promise.all([
    scheduledByRelease(req),
    writtenLocales(req, data.id).catch(() => []),
    readOfficeTimezone(req.payload, req),
  ])
  const base = { embargoUntil: pending(data), timeZone, locales: written }
  const publishAt = scheduled.get(String(data.id))
  const published = (embargoUntil: string | null, unpublishedChanges: boolean) =>
    embargoUntil
      ? {
          state: 'embargoed' as const,
          at: embargoUntil,
          ...base,
          embargoUntil,
          unpublishedChanges,
        }
      : {
          state: 'published' as const,
          at: null,
          ...base,
          embargoUntil: null,
          unpublishedChanges,
        }
  if (data._status === 'published') return published(base.embargoUntil, false)
  if (publishAt) return { state: 'scheduled' as const, at: publishAt, ...base }
  // The list shows the latest draft; the live document may still be a published version.
  const live = await publishedVersion(req, data.id)
  if (live) return published(pending(live), true)
  return { state: 'draft' as const, at: null, ...base }
}

const publishedVersion = async (req: PayloadRequest, id: number | string) => {
  const doc = await req.payload
    .findByID({
      collection: 'press-releases',
      id,
      draft: false,
      depth: 0,
      select: { _status: true, embargoUntil: true },
      overrideAccess: true,
      context: { [skip]: true },
      req: nestedRequest(req),
    })
    .catch(() => null)
  return doc?._status === 'published' ? doc : null
}
