import type { Payload } from 'payload'

import { releaseEventsCollection } from './events'
import { majorEventKinds } from './kinds'

/**
 * When the release last changed for its readers: its newest publication or major change (update,
 * correction) up to `now`; null when none is recorded (the record then shows first publication).
 */
export const lastMajorChange = async (
  payload: Payload,
  release: number | string,
  now: Date,
): Promise<string | null> => {
  const { docs } = await payload.find({
    collection: releaseEventsCollection,
    where: {
      and: [
        { release: { equals: release } },
        { kind: { in: [...majorEventKinds] } },
        { at: { less_than_equal: now.toISOString() } },
      ],
    },
    sort: '-at',
    limit: 1,
    pagination: false,
    depth: 0,
    select: { at: true },
    overrideAccess: true,
  })
  return docs[0]?.at ?? null
}
