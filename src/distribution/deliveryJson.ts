import type { Delivery } from '../payload-types'
import type { LinkUse } from './linkUses'

/**
 * A delivery as our endpoints give it (the release's deliveries, a journalist's data export):
 * its state, the reason as a code and in English, and its link uses.
 */
export const deliveryJson = (d: Delivery, linkUses: LinkUse[]) => ({
  id: d.id,
  kind: d.kind,
  locale: d.locale,
  status: d.status,
  reasonCode: d.reasonCode ?? null,
  reasonDetail: d.reasonDetail ?? null,
  reason: d.reason ?? null,
  attempts: d.attempts ?? 0,
  sendAfter: d.sendAfter ?? null,
  sentAt: d.sentAt ?? null,
  messageId: d.messageId ?? null,
  linkExpiresAt: d.linkExpiresAt ?? null,
  revokedAt: d.revokedAt ?? null,
  linkUses,
})
