import type { Payload } from 'payload'

import type { Delivery } from '../payload-types'

type NewDelivery = Omit<Delivery, 'id' | 'createdAt' | 'updatedAt'>

/** The deliveries' unique key: one release to one journalist in one way, per edition. */
type DeliveryKey = Pick<NewDelivery, 'release' | 'journalist' | 'kind' | 'edition'>

/** Whether a delivery with this key is stored ('first' is the edition a row gets by default). */
export const deliveryExists = async (payload: Payload, key: DeliveryKey): Promise<boolean> => {
  const { totalDocs } = await payload.count({
    collection: 'deliveries',
    where: {
      and: [
        { release: { equals: key.release } },
        { journalist: { equals: key.journalist } },
        { kind: { equals: key.kind } },
        { edition: { equals: key.edition ?? 'first' } },
      ],
    },
    overrideAccess: true,
  })
  return totalDocs > 0
}

/**
 * Records a delivery unless one with its key is already stored: false when an earlier or
 * concurrent send wrote it between our read and this write (the unique index held). Any other
 * failure is thrown.
 */
export const createDeliveryOnce = async (payload: Payload, data: NewDelivery): Promise<boolean> => {
  try {
    await payload.create({ collection: 'deliveries', data, overrideAccess: true, depth: 0 })
    return true
  } catch (error) {
    if (await deliveryExists(payload, data)) return false
    throw error
  }
}
