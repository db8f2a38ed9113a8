import type { Payload, Where } from 'payload'

import { UserError } from '../lib/errors'
import {
  distributionModes,
  preDeliveryRefusal,
  readLists,
  releaseLocales,
  type DistributionMode,
} from './distribute'
import { listWhere, planDeliveries, resolveRecipients } from './recipients'

export type DistributionPreview = {
  mode: DistributionMode
  /** Journalists a send would queue now. */
  recipients: number
  /** Those it would record as skipped, grouped by the reason the delivery would carry. */
  skipped: { reason: string; count: number }[]
  /** Journalists who already have this release this way. */
  alreadyDelivered: number
  /** On the lists but never sent to: sign-up not confirmed, or unsubscribed. */
  notConfirmed: { pending: number; unsubscribed: number }
  /** Why pre-delivery is not possible for this release now (null: it is). */
  preDeliveryRefusal: string | null
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
  const mode = (args.mode ?? 'at-publication') as DistributionMode
  if (!distributionModes.includes(mode))
    throw new UserError(`"mode" must be one of ${distributionModes.join(', ')}.`)
  const release = await payload
    .findByID({
      collection: 'press-releases',
      id: args.release,
      depth: 0,
      locale: 'all',
      overrideAccess: true,
    })
    .catch(() => null)
  if (!release) throw new UserError(`No press release ${args.release}.`, 1, 404)
  // No list chosen yet: nothing to count, but the panel still learns whether pre-delivery is open.
  const lists =
    Array.isArray(args.lists) && args.lists.length === 0 ? [] : await readLists(payload, args.lists)
  const plan = planDeliveries(
    await resolveRecipients(payload, lists),
    mode,
    releaseLocales(release),
  )
  const kind = mode === 'pre-delivery' ? 'pre-delivery' : 'publication'
  const existing = await payload.find({
    collection: 'deliveries',
    where: { and: [{ release: { equals: release.id } }, { kind: { equals: kind } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { journalist: true },
  })
  const already = new Set(
    existing.docs.map((d) =>
      String(typeof d.journalist === 'object' ? d.journalist.id : d.journalist),
    ),
  )
  const fresh = <T extends { journalist: { id: number | string } }>(entries: T[]) =>
    entries.filter((e) => !already.has(String(e.journalist.id)))
  const reasons = new Map<string, number>()
  for (const s of fresh(plan.skip)) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1)
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
    skipped: [...reasons].map(([reason, count]) => ({ reason, count })),
    alreadyDelivered:
      plan.send.length + plan.skip.length - fresh([...plan.send, ...plan.skip]).length,
    notConfirmed: {
      pending: await countConsent('pending'),
      unsubscribed: await countConsent('unsubscribed'),
    },
    preDeliveryRefusal: preDeliveryRefusal(release, now),
  }
}
