import type { AdminWordKey } from '../lib/adminWords'

/** Why a release cannot be sent ahead of its embargo: a code, worded where it is shown. */
export type PreDeliveryRefusal = 'not-embargoed' | 'publish-first'

export const preDeliveryWords: Record<PreDeliveryRefusal, AdminWordKey> = {
  'not-embargoed': 'distPreNotEmbargoed',
  'publish-first': 'distPrePublishFirst',
}
