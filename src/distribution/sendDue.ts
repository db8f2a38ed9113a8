import type { Payload, Where } from 'payload'

import type { Delivery, Journalist, PressOffice, PressRelease } from '../payload-types'

import { isReleaseListedAt } from '../access/visibility'
import { heldThrough, notHeldDeliveryWhere, readFreeze } from '../crisis/freeze'
import { loadOffice, loadRelease } from '../generator/loadRelease'
import { type Locale } from '../lib/locales'
import { claimDeliveries } from './claim'
import { newestChange } from '../corrections/sendCorrection'
import { buildMail, type Mail } from './message'
import { noReason, storedReason } from './reasons'
import { linkLifetimeMs, senderFor } from './settings'
import { classifySendError } from './smtpErrors'
import { tokenFor, unsubscribeToken } from './token'

export const MAX_ATTEMPTS = 6
/** How long a sender may hold a delivery before another one may take it over (it died). */
export const LEASE_MS = 2 * 60_000

/** 1 min, 2, 4, 8, 16: when a delivery that failed for now is tried again. */
export const retryDelayMs = (attempts: number): number => 60_000 * 2 ** Math.max(0, attempts - 1)

export type SendReport = { sent: number; failed: number; retrying: number; waiting: number }

export type SendOptions = {
  now?: () => Date
  /** Called before each message: the rate limit. */
  throttle?: () => Promise<void>
  limit?: number
  /** Only this release's deliveries. */
  release?: number | string
  /** Only "send to everyone now" deliveries (kind urgent): they go ahead of the rest. */
  urgentOnly?: boolean
}

// Urgent sends running in this process: a regular run waits for them between its batches.
let urgentRuns = 0
const urgentWaiters: Array<() => void> = []
const urgentDone = (): Promise<void> =>
  urgentRuns === 0 ? Promise.resolve() : new Promise((resolve) => urgentWaiters.push(resolve))

const dueWhere = (now: Date, release?: number | string): Where => ({
  and: [
    ...(release !== undefined ? [{ release: { equals: release } }] : []),
    {
      or: [
        {
          and: [
            { status: { equals: 'queued' } },
            { sendAfter: { less_than_equal: now.toISOString() } },
          ],
        },
        // Left "sending" by a sender that died before it could record the outcome.
        {
          and: [
            { status: { equals: 'sending' } },
            { leaseUntil: { less_than: now.toISOString() } },
          ],
        },
      ],
    },
  ],
})

/**
 * Writes a delivery's outcome straight to its row: only the distribution code writes deliveries
 * (no hooks, no access to apply), and a whole update operation per message (read, validate,
 * write, read back) was most of a send's time.
 */
const record = (payload: Payload, id: Delivery['id'], data: Partial<Delivery>) =>
  payload.db.updateOne({
    collection: 'deliveries',
    id,
    data: { ...data, updatedAt: new Date().toISOString() },
    returning: false,
  })

/**
 * Deliveries are claimed, and their recipients read, this many at a time, just before their
 * messages go. After a crash, at most this many wait for their lease to run out.
 */
export const CLAIM_BATCH = 10

/**
 * Messages of a batch on their way at once: one's SMTP exchange overlaps another's database
 * write. Each is still claimed before it goes and recorded as soon as the server accepts it.
 */
export const SEND_CONCURRENCY = 4

/** Runs `task` on every item, at most `limit` at a time. */
const eachAtMost = async <T>(limit: number, items: T[], task: (item: T) => Promise<void>) => {
  let next = 0
  const worker = async () => {
    while (next < items.length) await task(items[next++])
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}

/**
 * Sends every delivery that is due at `now`, each at most once per claim: a delivery is taken
 * atomically (queued → sending, with a lease), sent, and recorded `sent` as soon as the SMTP
 * server accepts it. Temporary failures go back to the queue with a later `sendAfter`; permanent
 * ones (5xx) are `failed` with the server's words. Returns what happened, and the next time a
 * delivery is due (a retry), so the caller can queue a run for then.
 */
export const sendDueDeliveries = async (
  payload: Payload,
  options: SendOptions = {},
): Promise<SendReport & { nextDue: Date | null }> => {
  if (!options.urgentOnly) return sendDue(payload, options)
  urgentRuns++
  try {
    return await sendDue(payload, options)
  } finally {
    if (--urgentRuns === 0) for (const resolve of urgentWaiters.splice(0)) resolve()
  }
}

const sendDue = async (
  payload: Payload,
  options: SendOptions,
): Promise<SendReport & { nextDue: Date | null }> => {
  const now = options.now ?? (() => new Date())
  const report: SendReport = { sent: 0, failed: 0, retrying: 0, waiting: 0 }
  // The freeze holds scheduled mail on every instance; urgent mail goes.
  const held = heldThrough(await readFreeze(payload), now())
  const due = (urgent: boolean) =>
    payload.find({
      collection: 'deliveries',
      where: {
        and: [
          dueWhere(now(), options.release),
          { kind: urgent ? { equals: 'urgent' } : { not_equals: 'urgent' } },
          ...(held ? [notHeldDeliveryWhere(held)] : []),
        ],
      },
      sort: 'id',
      limit: options.limit ?? 1000,
      depth: 0,
      overrideAccess: true,
    })
  const docs = [...(await due(true)).docs, ...(options.urgentOnly ? [] : (await due(false)).docs)]
  const releases = new Map<string, Promise<PressRelease | null>>()
  const releaseIn = (id: number | string, locale: Locale) => {
    const key = `${id}:${locale}`
    if (!releases.has(key)) {
      releases.set(
        key,
        loadRelease(payload, id, { locale, overrideAccess: true }).catch(() => null),
      )
    }
    return releases.get(key)!
  }
  const offices = new Map<Locale, Promise<PressOffice>>()
  const officeIn = (locale: Locale) => {
    if (!offices.has(locale)) offices.set(locale, loadOffice(payload, locale))
    return offices.get(locale)!
  }
  const journalistIdOf = (d: Delivery) =>
    typeof d.journalist === 'object' ? d.journalist.id : d.journalist
  const journalists = new Map<string, Journalist>()
  const loadJournalists = async (batch: Delivery[]) => {
    const { docs: found } = await payload.find({
      collection: 'journalists',
      where: { id: { in: batch.map(journalistIdOf) } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    journalists.clear()
    for (const j of found) journalists.set(String(j.id), j)
  }
  const releaseOf = (d: Delivery) =>
    releaseIn(typeof d.release === 'object' ? d.release.id : d.release, d.locale as Locale)
  // At publication: only once the public may read it (an embargo moved later waits again).
  const waits = async (d: Delivery) => {
    const release = await releaseOf(d)
    return d.kind === 'publication' && (!release || !isReleaseListedAt(release, now()))
  }
  let claimed = new Set<string>()
  const sendOne = async (delivery: Delivery): Promise<void> => {
    const release = await releaseOf(delivery)
    if (await waits(delivery)) {
      report.waiting++
      return
    }
    if (!claimed.has(String(delivery.id))) return
    const start = now()
    const attempts = (delivery.attempts ?? 0) + 1
    if (!release) {
      await record(payload, delivery.id, {
        status: 'failed',
        ...storedReason('no-published-version'),
        leaseUntil: null,
      })
      report.failed++
      return
    }
    const journalist = journalists.get(String(journalistIdOf(delivery)))
    if (journalist?.consent !== 'confirmed') {
      const why = !journalist
        ? 'journalist-deleted'
        : journalist.consent === 'unsubscribed'
          ? 'unsubscribed'
          : 'consent-pending'
      await record(payload, delivery.id, {
        status: 'skipped',
        ...storedReason(why),
        leaseUntil: null,
      })
      return
    }
    let mail: Mail
    try {
      mail = buildMail({
        release,
        office: await officeIn(delivery.locale as Locale),
        locale: delivery.locale as Locale,
        journalist,
        preDelivery: delivery.kind === 'pre-delivery',
        correction: delivery.kind === 'correction' ? newestChange(release)?.kind : null,
        deliveryId: delivery.id,
        linkToken: tokenFor(
          'link',
          delivery,
          new Date(delivery.linkExpiresAt ?? start.getTime() + linkLifetimeMs()),
        ),
        unsubscribeToken: unsubscribeToken(journalist, start),
      })
    } catch (error) {
      // A template that cannot render will not render on a retry either.
      await record(payload, delivery.id, {
        status: 'failed',
        ...storedReason('message-failed', { detail: (error as Error).message }),
        leaseUntil: null,
      })
      report.failed++
      return
    }
    await options.throttle?.()
    try {
      const office = await officeIn(delivery.locale as Locale)
      await payload.sendEmail({
        from: senderFor(office.officeName),
        to: mail.to,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        messageId: mail.messageId,
        headers: mail.headers,
      })
      await record(payload, delivery.id, {
        status: 'sent',
        sentAt: now().toISOString(),
        messageId: mail.messageId,
        ...noReason,
        leaseUntil: null,
      })
      report.sent++
    } catch (error) {
      const { temporary, reason } = classifySendError(error)
      if (temporary && attempts < MAX_ATTEMPTS) {
        const sendAfter = new Date(now().getTime() + retryDelayMs(attempts)).toISOString()
        await record(payload, delivery.id, {
          status: 'queued',
          ...storedReason('retrying', { detail: reason, attempts }),
          sendAfter,
          leaseUntil: null,
        })
        report.retrying++
      } else {
        const why = storedReason(temporary ? 'gave-up' : 'smtp-refused', {
          detail: reason,
          attempts,
        })
        await record(payload, delivery.id, { status: 'failed', ...why, leaseUntil: null })
        report.failed++
      }
    }
  }
  for (let index = 0; index < docs.length; index += CLAIM_BATCH) {
    if (!options.urgentOnly) await urgentDone()
    const batch = docs.slice(index, index + CLAIM_BATCH)
    const ready: Delivery[] = []
    for (const d of batch) if (!(await waits(d))) ready.push(d)
    const at = now()
    claimed = await claimDeliveries(
      payload,
      ready.map((d) => d.id),
      at,
      new Date(at.getTime() + LEASE_MS),
    )
    // Consent is read fresh for every batch, moments before its messages: an unsubscribe
    // takes effect for the next batch at the latest.
    await loadJournalists(batch)
    await eachAtMost(SEND_CONCURRENCY, batch, sendOne)
  }
  const next = await payload.find({
    collection: 'deliveries',
    where: {
      and: [{ status: { equals: 'queued' } }, { sendAfter: { greater_than: now().toISOString() } }],
    },
    sort: 'sendAfter',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const nextDue = next.docs[0]?.sendAfter ? new Date(next.docs[0].sendAfter) : null
  return { ...report, nextDue }
}
