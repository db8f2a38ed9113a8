import type { Payload, Where } from 'payload'

import { releaseLocales } from '../lib/locales'
import {
  deliveryKindOf,
  distributionModeOf,
  journalistsAlreadyDelivered,
  preDeliveryRefusal,
  readLists,
  releaseToSend,
  type DistributionMode,
} from './distribute'
import type { PreDeliveryRefusal } from './preDelivery'
import type { StoredReason } from './reasons'
import { listWhere, planDeliveries, resolveRecipients } from './recipients'

export type DistributionPreview = {
  mode: DistributionMode
  /** Journalists a send would queue now. */
  recipients: number
  /** Those it would record as skipped, grouped by the reason the delivery would carry. */
  skipped: (StoredReason & { count: number })[]
  /** Journalists who already have this release this way. */
  alreadyDelivered: number
  /** On the lists but never sent to: sign-up not confirmed, or unsubscribed. */
  notConfirmed: { pending: number; unsubscribed: number }
  /** Why pre-delivery is not possible for this release now (null: it is). */
  /** Why pre-delivery is closed, as a code the panel words (null: open). */
  preDeliveryRefusal: PreDeliveryRefusal | null
}

/**
 * What sending to `lists` would do, without doing it: the admin panel's recipient count. The
 * same recipient rule and plan as distributeRelease; nothing is written.
 */
export const previewDistribution = async (
  payload: Payload,
  args: { release: number | string; lists: unknown; mode?: unknown; now?: Date },
): Promise<DistributionPreview> => {
  const now = args.now ?? new Date()
  const mode = distributionModeOf(args.mode)
  const release = await releaseToSend(payload, args.release)
  // No list chosen yet: nothing to count, but the panel still learns whether pre-delivery is open.
  const lists =
    Array.isArray(args.lists) && args.lists.length === 0 ? [] : await readLists(payload, args.lists)
  const plan = planDeliveries(
    await resolveRecipients(payload, lists),
    mode,
    releaseLocales(release.headline),
  )
  const already = await journalistsAlreadyDelivered(payload, release.id, deliveryKindOf(mode))
  const fresh = <T extends { journalist: { id: number | string } }>(entries: T[]) =>
    entries.filter((e) => !already.has(String(e.journalist.id)))
  // Grouped by what the delivery would say: its code and detail (the English sentence names both).
  const reasons = new Map<string, DistributionPreview['skipped'][number]>()
  for (const { reason } of fresh(plan.skip)) {
    const group = reasons.get(reason.reason)
    if (group) group.count++
    else reasons.set(reason.reason, { ...reason, count: 1 })
  }
  const onLists = lists.map(listWhere).filter((w): w is Where => w !== null)
  const countConsent = async (consent: 'pending' | 'unsubscribed') =>
    onLists.length
      ? (
          await payload.count({
            collection: 'journalists',
            where: { and: [{ consent: { equals: consent } }, { or: onLists }] },
            overrideAccess: true,
          })
        ).totalDocs
      : 0
  return {
    mode,
    recipients: fresh(plan.send).length,
    skipped: [...reasons.values()],
    alreadyDelivered:
      plan.send.length + plan.skip.length - fresh([...plan.send, ...plan.skip]).length,
    notConfirmed: {
      pending: await countConsent('pending'),
      unsubscribed: await countConsent('unsubscribed'),
    },
    preDeliveryRefusal: preDeliveryRefusal(release, now),
  }
}
