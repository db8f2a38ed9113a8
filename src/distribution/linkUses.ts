import type { Payload, Where } from 'payload'

import type { Delivery } from '../payload-types'
import type { LinkFormat } from './linkFormats'

export type LinkUse = { at: string; format: string }

const idOf = (value: number | string | { id: number | string } | null | undefined) =>
  value && typeof value === 'object' ? value.id : value

/** Logs one use of a delivery's link: a row of its own (an insert), so none is ever lost. */
export const recordLinkUse = (
  payload: Payload,
  delivery: Pick<Delivery, 'id' | 'release'>,
  format: LinkFormat,
  at: Date,
) =>
  payload.create({
    collection: 'link-uses',
    data: {
      delivery: delivery.id,
      release: idOf(delivery.release) as number,
      at: at.toISOString(),
      format,
    },
    overrideAccess: true,
    depth: 0,
  })

/** The link uses of the deliveries `where` selects, oldest first, by delivery id. */
export const linkUsesBy = async (
  payload: Payload,
  where: Where,
): Promise<Map<string, LinkUse[]>> => {
  const { docs } = await payload.find({
    collection: 'link-uses',
    where,
    pagination: false,
    depth: 0,
    sort: ['at', 'id'],
    overrideAccess: true,
  })
  const byDelivery = new Map<string, LinkUse[]>()
  for (const use of docs) {
    const key = String(idOf(use.delivery))
    if (!byDelivery.has(key)) byDelivery.set(key, [])
    byDelivery.get(key)!.push({ at: use.at, format: use.format })
  }
  return byDelivery
}
