import type { Delivery } from '../payload-types'

/**
 * Whether a delivery's personal link is open, and so can be revoked: not revoked yet, and sent or
 * to be sent (a skipped delivery never had a link). The admin's panel offers "revoke" by it and
 * the server revokes by it.
 */
export const hasOpenLink = (delivery: Pick<Delivery, 'status' | 'revokedAt'>): boolean =>
  !delivery.revokedAt && delivery.status !== 'skipped'
