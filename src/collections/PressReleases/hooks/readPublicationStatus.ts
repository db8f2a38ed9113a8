import type { FieldHook, PayloadRequest } from 'payload'

import { isReleasePublication, type ScheduleInput } from '../../../jobs/releaseVersions'
import { locales } from '../../../lib/locales'

export type PublicationState = 'draft' | 'scheduled' | 'embargoed' | 'published'

export type PublicationStatus = {
  state: PublicationState
  /** When it goes public (scheduled) or when its embargo lifts (embargoed). */
  at: string | null
  embargoUntil: string | null
  locales: string[]
  /** Published, with edits saved as a draft since that are not public yet. */
  unpublishedChanges?: boolean
}

const skip = 'pressroomSkipPublicationStatus'

/** Pending publications by release id, read once per request (a list reads many releases). */
const scheduledByRelease = async (req: PayloadRequest): Promise<Map<string, string>> => {
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
  })
  const headline = (doc?.headline ?? {}) as unknown as Record<string, string | null | undefined>
  return locales.filter((code) => Boolean(headline[code]?.trim()))
}

/** Where a release stands, for staff: the list's status column. */
export const readPublicationStatus: FieldHook = async ({ data, req, context }) => {
  if (!req.user || !data?.id || context?.[skip]) return null
  const now = Date.now()
  const embargo =
    data.embargoUntil && Date.parse(data.embargoUntil) > now ? data.embargoUntil : null
  const [scheduled, written] = await Promise.all([
    scheduledByRelease(req),
    writtenLocales(req, data.id).catch(() => []),
  ])
  const base = { embargoUntil: embargo, locales: written }
  const publishAt = scheduled.get(String(data.id))
  const published = (embargoUntil: string | null, unpublishedChanges: boolean) =>
    embargoUntil
      ? { state: 'embargoed', at: embargoUntil, ...base, embargoUntil, unpublishedChanges }
      : { state: 'published', at: null, ...base, unpublishedChanges }
  if (data._status === 'published') return published(embargo, false)
  if (publishAt) return { state: 'scheduled', at: publishAt, ...base }
  // The list shows the latest draft; the live document may still be a published version.
  const live = await publishedVersion(req, data.id)
  if (live) {
    const liveEmbargo =
      live.embargoUntil && Date.parse(live.embargoUntil) > now ? live.embargoUntil : null
    return published(liveEmbargo, true)
  }
  return { state: 'draft', at: null, ...base }
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
    })
    .catch(() => null)
  return doc?._status === 'published' ? doc : null
}
