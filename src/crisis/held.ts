import type { Payload, PayloadRequest } from 'payload'

import type { PressRelease } from '../payload-types'

import { storedReason } from '../distribution/reasons'
import { queueMailRun } from '../distribution/sendMailTask'
import { runQueue } from '../jobs/runner'
import { nowOf } from '../lib/clock'
import { canPublish } from '../access/roles'
import { recordAuditEvent } from '../audit/record'
import { refusal } from '../lib/refusal'
import type { Locale } from '../lib/locales'
import { adminLanguageOf } from '../lib/locales'
import { formatMoment, momentProblem, parseMoment } from '../lib/moments'
import { readOfficeTimezone } from '../lib/settings'
import { emergencyNotice } from './emergency'
import {
  type FreezeState,
  heldDeliveriesWhere,
  heldJobsWhere,
  heldThrough,
  readFreeze,
} from './freeze'

/** One thing the freeze holds: a scheduled (un)publication, or one release's waiting mail. */
export type HeldItem = {
  /** `job:<id>` or `mail:<release id>`: what a decision names. */
  id: string
  kind: 'publication' | 'unpublication' | 'mail'
  release: number | string
  title: string
  /** When it was due (the earliest, for mail). */
  dueAt: string
  /** Recipients waiting (mail). */
  count?: number
}

export type HeldReport = { freeze: FreezeState; through: string | null; items: HeldItem[] }

const headlines = async (payload: Payload, ids: Array<number | string>) => {
  if (!ids.length) return new Map<string, string>()
  const { docs } = await payload.find({
    collection: 'press-releases',
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    draft: true,
    overrideAccess: true,
    select: { headline: true },
  })
  return new Map(
    docs.map((d: Pick<PressRelease, 'id' | 'headline'>) => [String(d.id), d.headline ?? '']),
  )
}

type JobRow = {
  id: number | string
  waitUntil?: string | null
  input?: { type?: string; doc?: { value?: number | string } }
}

/** What the freeze holds at `now`, oldest due first. */
export const heldItems = async (payload: Payload, now: Date): Promise<HeldReport> => {
  const freeze = await readFreeze(payload)
  const through = heldThrough(freeze, now)
  if (!through) return { freeze, through: null, items: [] }
  const jobs = (
    await payload.find({
      collection: 'payload-jobs',
      where: heldJobsWhere(through),
      sort: 'waitUntil',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs as unknown as JobRow[]
  const deliveries = (
    await payload.find({
      collection: 'deliveries',
      where: heldDeliveriesWhere(through),
      sort: 'sendAfter',
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { release: true, sendAfter: true },
    })
  ).docs
  const mail = new Map<string, { release: number | string; dueAt: string; count: number }>()
  for (const d of deliveries) {
    const release = typeof d.release === 'object' ? d.release.id : d.release
    const entry = mail.get(String(release)) ?? { release, dueAt: d.sendAfter ?? '', count: 0 }
    entry.count++
    mail.set(String(release), entry)
  }
  const jobRelease = (j: JobRow) => j.input?.doc?.value
  const titles = await headlines(payload, [
    ...jobs.map(jobRelease).filter((id): id is number | string => id !== undefined),
    ...[...mail.values()].map((m) => m.release),
  ])
  const items: HeldItem[] = [
    ...jobs
      .filter((j) => jobRelease(j) !== undefined)
      .map((j) => ({
        id: `job:${j.id}`,
        kind: j.input?.type === 'unpublish' ? ('unpublication' as const) : ('publication' as const),
        release: jobRelease(j)!,
        title: titles.get(String(jobRelease(j))) ?? '',
        dueAt: j.waitUntil ?? '',
      })),
    ...[...mail.values()].map((m) => ({
      id: `mail:${m.release}`,
      kind: 'mail' as const,
      release: m.release,
      title: titles.get(String(m.release)) ?? '',
      dueAt: m.dueAt,
      count: m.count,
    })),
  ].sort((a, b) => a.dueAt.localeCompare(b.dueAt))
  return { freeze, through: through.toISOString(), items }
}

/** A new time as the admin types it (`7 gru 2026, 17:35`, office clock) or as ISO 8601 (API). */
const readAt = async (req: PayloadRequest, value: unknown): Promise<Date | null> => {
  const text = typeof value === 'string' ? value.trim() : ''
  if (!text) return null
  const typed = parseMoment(text, req.i18n.dateFNS, await readOfficeTimezone(req.payload, req))
  if (typed) return typed
  return momentProblem(text, new Date(0)) === null ? new Date(text) : null
}

export const decisions = ['publish-now', 'reschedule', 'cancel'] as const
export type Decision = (typeof decisions)[number]

/**
 * An editor's decision on one held item, once the freeze is lifted: publish (or send) now,
 * reschedule to `at`, or cancel. Each moves the item out of the held list: its new time is after
 * the lift, or it is gone.
 */
const decide = async (
  req: PayloadRequest,
  body: { item?: unknown; action?: unknown; at?: unknown },
): Promise<{ item: string; action: Decision; ran?: string[] }> => {
  const { payload } = req
  if (!canPublish(req.user)) throw refusal(req, 'crisisEditorsOnly')
  const now = nowOf(req)
  const action = body.action as Decision
  if (!decisions.includes(action)) throw refusal(req, 'crisisActionUnknown', {}, 400)
  const freeze = await readFreeze(payload)
  if (freeze.active) throw refusal(req, 'crisisLiftFirst', {}, 409)
  const { items } = await heldItems(payload, now)
  const item = items.find((i) => i.id === body.item)
  if (!item) throw refusal(req, 'crisisNotHeld', {}, 409)
  // After the lift, whatever the clocks say: a time at or before it would still be held.
  const lifted = freeze.liftedAt ? Date.parse(freeze.liftedAt) : 0
  let at = new Date(Math.max(now.getTime(), lifted + 1))
  if (action === 'reschedule') {
    const asked = await readAt(req, body.at)
    if (!asked || asked <= now) throw refusal(req, 'crisisAtMissing', {}, 400)
    at = asked
  }
  const [kind, id] = item.id.split(':')
  if (kind === 'job') {
    if (action === 'cancel') {
      await payload.delete({ collection: 'payload-jobs', id, overrideAccess: true })
      return { item: item.id, action }
    }
    await payload.update({
      collection: 'payload-jobs',
      id,
      data: { waitUntil: at.toISOString() },
      overrideAccess: true,
      depth: 0,
    })
    if (action === 'reschedule') return { item: item.id, action }
    // Run now, here: the job is claimed like any other, so no instance runs it twice.
    const ran = await runQueue(payload, 'default', {
      limit: 10,
      now: () => new Date(Math.max(Date.now(), at.getTime() + 1)),
    })
    return { item: item.id, action, ran: ran.map((r) => `${r.id}:${r.status}`) }
  }
  const where = {
    and: [heldDeliveriesWhere(heldThrough(freeze, now)!), { release: { equals: item.release } }],
  }
  if (action === 'cancel') {
    await payload.update({
      collection: 'deliveries',
      where,
      data: { status: 'skipped', ...storedReason('cancelled-after-freeze'), leaseUntil: null },
      overrideAccess: true,
      depth: 0,
    })
    return { item: item.id, action }
  }
  await payload.update({
    collection: 'deliveries',
    where,
    data: { sendAfter: at.toISOString() },
    overrideAccess: true,
    depth: 0,
  })
  await queueMailRun(payload, action === 'reschedule' ? at : undefined)
  return { item: item.id, action }
}

/** `decide`, with the decision on record: which item, what, and the new time. */
export const decideHeld = async (
  req: PayloadRequest,
  body: { item?: unknown; action?: unknown; at?: unknown },
): Promise<{ item: string; action: Decision; ran?: string[] }> => {
  const decided = await decide(req, body)
  const [kind, id] = decided.item.split(':')
  await recordAuditEvent(
    { payload: req.payload, req },
    {
      action: 'held-decision',
      doc: { collection: kind === 'job' ? 'payload-jobs' : 'press-releases', id },
      detail: [decided.action, typeof body.at === 'string' ? body.at : null]
        .filter(Boolean)
        .join(' '),
    },
  )
  return decided
}

export type CrisisOverview = HeldReport & {
  timeZone: string
  /** The notice as the Polish newsroom shows it, or null when it is off. */
  notice: { kind: string; heading: string; since: string } | null
  /** A time in the form the reschedule box reads, an hour from now (the placeholder). */
  exampleAt: string
  canDecide: boolean
}

/** The dashboard's crisis panel: the notice, the freeze and what it holds (staff). */
export const crisisOverview = async (req: PayloadRequest): Promise<CrisisOverview> => {
  const now = nowOf(req)
  const lang: Locale = adminLanguageOf(req.i18n?.language)
  const [report, timeZone, office] = await Promise.all([
    heldItems(req.payload, now),
    readOfficeTimezone(req.payload, req),
    req.payload.findGlobal({ slug: 'press-office', depth: 0, locale: lang, overrideAccess: true }),
  ])
  const notice = emergencyNotice(office, lang)
  return {
    ...report,
    timeZone,
    notice: notice && { kind: notice.kindName, heading: notice.heading, since: notice.since },
    exampleAt: formatMoment(new Date(now.getTime() + 3600_000), req.i18n.dateFNS, timeZone),
    canDecide: canPublish(req.user),
  }
}
