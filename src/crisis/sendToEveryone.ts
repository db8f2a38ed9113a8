import type { PayloadRequest } from 'payload'

import { canDistribute } from '../access/roles'
import { recordAuditEvent } from '../audit/record'
import { isReleaseListedAt } from '../access/visibility'
import { journalistsAlreadyDelivered, releaseToSend } from '../distribution/distribute'
import { deliveryEntries, planDeliveries, resolveRecipients } from '../distribution/recipients'
import { mailThrottle, queueMailRun } from '../distribution/sendMailTask'
import { linkLifetimeMs } from '../distribution/settings'
import { nowOf } from '../lib/clock'
import { defaultLocale, releaseLocales } from '../lib/locales'
import { refused } from '../lib/errors'
import { refusal } from '../lib/refusal'
import { sendReviewRefusal } from '../review/sendRefusal'
import { emergencyNotice } from './emergency'

type Refusal = {
  key: 'crisisEditorsOnly' | 'urgentNeedsNotice' | 'urgentNotPublic'
  status: number
}

/** Why this user may not send this release to everyone now, or null: the one rule. */
export const sendToEveryoneRefusal = async (
  req: PayloadRequest,
  release: Parameters<typeof isReleaseListedAt>[0],
  now: Date,
): Promise<Refusal | null> => {
  if (!canDistribute(req.user)) return { key: 'crisisEditorsOnly', status: 403 }
  const office = await req.payload.findGlobal({
    slug: 'press-office',
    depth: 0,
    overrideAccess: true,
  })
  if (!emergencyNotice(office, defaultLocale)) return { key: 'urgentNeedsNotice', status: 409 }
  if (!isReleaseListedAt(release, now)) return { key: 'urgentNotPublic', status: 409 }
  return null
}

export type SendToEveryoneResult = { recipients: number; skipped: number; alreadyDelivered: number }

/**
 * "Send to everyone now", for an emergency: a public release to every confirmed journalist of
 * every mailing list, as deliveries of kind `urgent`, which the sender takes before any other
 * queued mail and the freeze does not hold. Only editors and admins, only while the emergency
 * notice is on. Sending starts here at once; the mail queue picks up whatever this process does
 * not finish.
 */
export const sendToEveryone = async (
  req: PayloadRequest,
  releaseId: string,
): Promise<SendToEveryoneResult> => {
  const { payload } = req
  if (!req.user) throw refused('refuseSendLogIn', {}, 401)
  if (!canDistribute(req.user)) throw refusal(req, 'crisisEditorsOnly')
  const now = nowOf(req)
  const release = await releaseToSend(payload, releaseId)
  const refusedNow = await sendToEveryoneRefusal(req, release, now)
  if (refusedNow) throw refusal(req, refusedNow.key, {}, refusedNow.status)
  // An emergency does not lift the second pair of eyes: the writer of the text does not send it.
  const notReviewed = await sendReviewRefusal(req, release.id)
  if (notReviewed) throw notReviewed

  const lists = (
    await payload.find({
      collection: 'mailing-lists',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs
  const plan = planDeliveries(
    await resolveRecipients(payload, lists),
    'at-publication',
    releaseLocales(release.headline),
  )
  const already = await journalistsAlreadyDelivered(payload, release.id, 'urgent')
  const result: SendToEveryoneResult = { recipients: 0, skipped: 0, alreadyDelivered: 0 }
  const linkExpiresAt = new Date(now.getTime() + linkLifetimeMs()).toISOString()
  for (const entry of deliveryEntries(plan)) {
    if (already.has(String(entry.journalist.id))) {
      result.alreadyDelivered++
      continue
    }
    await payload.create({
      collection: 'deliveries',
      data: {
        release: release.id,
        journalist: entry.journalist.id,
        kind: 'urgent',
        locale: entry.locale,
        status: entry.status,
        ...entry.reason,
        attempts: 0,
        sendAfter: entry.status === 'queued' ? now.toISOString() : null,
        linkExpiresAt,
      },
      overrideAccess: true,
      depth: 0,
    })
    if (entry.status === 'queued') result.recipients++
    else result.skipped++
  }
  await recordAuditEvent(
    { payload, req },
    {
      action: 'send-to-everyone',
      doc: { collection: 'press-releases', id: release.id },
      detail: `${result.recipients} queued, ${result.skipped} skipped, ${result.alreadyDelivered} already delivered`,
    },
  )
  if (result.recipients) {
    // A backstop run on the queue (another instance, or after a crash here)…
    await queueMailRun(payload)
    // …and this process starts at once, ahead of its other mail.
    void import('../distribution/sendDue')
      .then(({ sendDueDeliveries }) =>
        sendDueDeliveries(payload, {
          urgentOnly: true,
          release: release.id,
          throttle: mailThrottle(),
        }),
      )
      .catch((error) =>
        payload.logger.error(
          { err: error },
          'Sending to everyone failed; the mail queue takes over',
        ),
      )
  }
  return result
}
