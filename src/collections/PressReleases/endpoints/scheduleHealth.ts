import type { PayloadRequest } from 'payload'

import type { ScheduleInput } from '../../../jobs/releaseVersions'

import { heldThrough, readFreeze } from '../../../crisis/freeze'
import { nowOf } from '../../../lib/clock'
import { underEmbargoWhere } from '../../../access/visibility'
import { embargoOf } from '../../../lib/embargo'
import { staffEndpoint, uncachedJson } from '../../../lib/staffEndpoint'
import { readOfficeTimezone } from '../../../lib/settings'

/** A job this late means nothing is running the queue (or it is stuck): the admin warns. */
export const overdueAfterMs = 2 * 60_000

export type ScheduleEntry = {
  jobId: number | string
  releaseId: number | string | null
  headline: string | null
  at: string
  error?: string
}

export type ScheduleHealth = {
  now: string
  timeZone: string
  overdue: ScheduleEntry[]
  failed: ScheduleEntry[]
  upcoming: ScheduleEntry[]
  embargoLifts: { releaseId: number | string; headline: string | null; at: string }[]
}

const releaseOf = (input: unknown) => {
  const doc = (input as ScheduleInput | undefined)?.doc
  return doc?.relationTo === 'press-releases' ? doc.value : null
}

const errorText = (error: unknown): string | undefined => {
  if (!error || typeof error !== 'object') return undefined
  const e = error as { message?: unknown; cancelled?: unknown }
  if (e.cancelled) return undefined
  const text = typeof e.message === 'string' ? e.message : JSON.stringify(error)
  const line = text.split('\n')[0] ?? ''
  return line.length > 160 ? `${line.slice(0, 159)}…` : line
}

/** Failed publications stay on the list this long, so nobody misses one that broke overnight. */
const failedWithinMs = 3 * 24 * 3600_000

export const readScheduleHealth = async (
  req: PayloadRequest,
  at: Date = nowOf(req),
): Promise<ScheduleHealth> => {
  const now = at.getTime()
  const jobs = await req.payload.find({
    collection: 'payload-jobs',
    where: {
      or: [
        { completedAt: { exists: false } },
        { updatedAt: { greater_than: new Date(now - failedWithinMs).toISOString() } },
      ],
    },
    sort: 'waitUntil',
    limit: 200,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const embargoed = await req.payload.find({
    collection: 'press-releases',
    where: underEmbargoWhere(at),
    sort: 'embargoUntil',
    limit: 20,
    depth: 0,
    select: { headline: true, embargoUntil: true },
    overrideAccess: true,
    req,
  })
  const releaseIds = jobs.docs.map((j) => releaseOf(j.input)).filter((id) => id !== null)
  const headlines = new Map<string, string>()
  if (releaseIds.length > 0) {
    const { docs } = await req.payload.find({
      collection: 'press-releases',
      where: { id: { in: releaseIds } },
      draft: true,
      pagination: false,
      depth: 0,
      select: { headline: true },
      overrideAccess: true,
      req,
    })
    for (const doc of docs) headlines.set(String(doc.id), doc.headline)
  }
  const entry = (job: (typeof jobs.docs)[number]): ScheduleEntry => {
    const releaseId = releaseOf(job.input)
    return {
      jobId: job.id,
      releaseId,
      headline: releaseId === null ? null : (headlines.get(String(releaseId)) ?? null),
      at: job.waitUntil ?? job.createdAt,
    }
  }
  const health: ScheduleHealth = {
    now: new Date(now).toISOString(),
    timeZone: await readOfficeTimezone(req.payload, req),
    overdue: [],
    failed: [],
    upcoming: [],
    embargoLifts: embargoed.docs.flatMap((doc) => {
      const embargo = embargoOf(doc)
      return embargo ? [{ releaseId: doc.id, headline: doc.headline, at: embargo.until }] : []
    }),
  }
  // Held by the freeze: shown on the dashboard's crisis panel, not as late.
  const held = heldThrough(await readFreeze(req.payload), at)
  const isHeld = (job: (typeof jobs.docs)[number]) =>
    held !== null &&
    job.queue === 'default' &&
    Boolean(job.waitUntil) &&
    Date.parse(job.waitUntil!) <= held.getTime()
  for (const job of jobs.docs) {
    if (!job.completedAt && !job.hasError && isHeld(job)) continue
    const error = job.hasError ? errorText(job.error) : undefined
    if (job.hasError) {
      if (error) health.failed.push({ ...entry(job), error })
    } else if (!job.completedAt) {
      const due = Date.parse(job.waitUntil ?? job.createdAt)
      if (due < now - overdueAfterMs) health.overdue.push(entry(job))
      else if (job.taskSlug === 'schedulePublish') health.upcoming.push(entry(job))
    }
  }
  return health
}

/** GET /api/press-releases/schedule-health — staff only: late, failed and upcoming publications. */
export const scheduleHealthEndpoint = staffEndpoint({
  path: '/schedule-health',
  method: 'get',
  logIn: 'refuseLogInSchedule',
  handler: async (req) => uncachedJson(await readScheduleHealth(req)),
})
