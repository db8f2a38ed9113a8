import type { PayloadRequest } from 'payload'

import type { PressRelease } from '../payload-types'
import type { Locale } from '../lib/locales'
import type { PublishedNote } from './kinds'

import { canDistribute } from '../access/roles'
import { isReleasePublicAt } from '../access/visibility'
import { createDeliveryOnce } from '../distribution/deliveryRows'
import { noReason } from '../distribution/reasons'
import { queueMailRun } from '../distribution/sendMailTask'
import { linkLifetimeMs } from '../distribution/settings'
import { nowOf } from '../lib/clock'
import { refusal } from '../lib/refusal'
import { recordReleaseEvent } from '../record/events'
import { sendReviewRefusal } from '../review/sendRefusal'

/** The deliveries that count as "received it": the first edition, in any of the ways it goes. */
const firstEditionKinds = ['publication', 'pre-delivery', 'urgent']

/** The newest update or correction of the release: what a correction mail announces. */
export const newestChange = (release: Pick<PressRelease, 'changeNotes'>): PublishedNote | null => {
  const notes = Array.isArray(release.changeNotes) ? (release.changeNotes as PublishedNote[]) : []
  return notes.length ? notes[notes.length - 1] : null
}

/** Each journalist who was sent the release, once, with the language they got it in. */
const recipientsOf = async (req: PayloadRequest, releaseId: number | string) => {
  const { docs } = await req.payload.find({
    collection: 'deliveries',
    where: {
      and: [
        { release: { equals: releaseId } },
        { kind: { in: firstEditionKinds } },
        { status: { equals: 'sent' } },
      ],
    },
    pagination: false,
    depth: 0,
    sort: 'id',
    overrideAccess: true,
    select: { journalist: true, locale: true },
    req,
  })
  const byJournalist = new Map<string, { journalist: number; locale: string }>()
  for (const d of docs) {
    const journalist = typeof d.journalist === 'object' ? d.journalist.id : d.journalist
    if (!byJournalist.has(String(journalist)))
      byJournalist.set(String(journalist), { journalist, locale: d.locale })
  }
  return [...byJournalist.values()]
}

/** Why the correction cannot be sent now, or null. */
export const correctionRefusal = async (
  req: PayloadRequest,
  release: PressRelease,
): Promise<{
  key: 'refuseCorrectionNoChange' | 'refuseCorrectionNotSent'
  status: number
} | null> => {
  if (!newestChange(release) || !isReleasePublicAt(release, nowOf(req)))
    return { key: 'refuseCorrectionNoChange', status: 409 }
  if (!(await recipientsOf(req, release.id)).length)
    return { key: 'refuseCorrectionNotSent', status: 409 }
  return null
}

/** Whether the distribution panel offers "Wyślij sprostowanie": someone still lacks the newest change. */
export const correctionPending = async (req: PayloadRequest, release: PressRelease) => {
  if (!canDistribute(req.user) || (await correctionRefusal(req, release))) return false
  if (await sendReviewRefusal(req, release.id)) return false
  const { totalDocs } = await req.payload.count({
    collection: 'deliveries',
    where: {
      and: [
        { release: { equals: release.id } },
        { kind: { equals: 'correction' } },
        { edition: { equals: newestChange(release)!.at } },
      ],
    },
    overrideAccess: true,
    req,
  })
  return totalDocs < (await recipientsOf(req, release.id)).length
}

/**
 * "Wyślij sprostowanie": everyone who was sent the release gets one message about its newest
 * update or correction, with fresh personal links (a delivery of kind `correction` whose edition is
 * the change's time: the deliveries' unique index keeps it to one per recipient and change, however
 * often or concurrently this runs). Editors and admins only, under the second pair of eyes of
 * every sending (src/review/sendRefusal.ts). Records a `correction-sent` event.
 */
export const sendCorrection = async (
  req: PayloadRequest,
  releaseId: string,
): Promise<{ recipients: number }> => {
  if (!req.user) throw refusal(req, 'refuseCorrectionLogIn', {}, 401)
  if (!canDistribute(req.user)) throw refusal(req, 'refuseCorrectionEditorsOnly', {}, 403)
  const { payload } = req
  const release = await payload
    .findByID({ collection: 'press-releases', id: releaseId, depth: 0, overrideAccess: true })
    .catch(() => null)
  if (!release) throw refusal(req, 'refuseNoRelease', { id: releaseId }, 404)
  const refused = await correctionRefusal(req, release)
  if (refused) throw refusal(req, refused.key, {}, refused.status)
  // A correction mail is a sending like the first: the same second pair of eyes.
  const notReviewed = await sendReviewRefusal(req, release.id)
  if (notReviewed) throw notReviewed
  const change = newestChange(release)!
  const now = nowOf(req)
  const linkExpiresAt = new Date(now.getTime() + linkLifetimeMs()).toISOString()
  let recipients = 0
  for (const r of await recipientsOf(req, release.id)) {
    // Already has this correction (an earlier or concurrent send): the unique index held.
    const created = await createDeliveryOnce(payload, {
      release: release.id,
      journalist: r.journalist,
      kind: 'correction',
      edition: change.at,
      locale: r.locale as Locale,
      status: 'queued',
      ...noReason,
      attempts: 0,
      sendAfter: now.toISOString(),
      linkExpiresAt,
    })
    if (created) recipients++
  }
  if (recipients) {
    await recordReleaseEvent(req, { release: release.id, kind: 'correction-sent', recipients })
    await queueMailRun(payload, now)
  }
  return { recipients }
}
