import type { Payload, Where } from 'payload'

import type { PressOffice } from '../payload-types'

export type FreezeState = {
  active: boolean
  reason: string
  since: string | null
  liftedAt: string | null
}

/** The freeze as the database holds it now, read fresh: every instance asks before it runs a job. */
export const readFreeze = async (payload: Payload): Promise<FreezeState> => {
  const office = (await payload.findGlobal({
    slug: 'press-office',
    depth: 0,
    select: { freeze: true },
    overrideAccess: true,
  })) as Pick<PressOffice, 'freeze'>
  const f = office.freeze
  return {
    active: Boolean(f?.active),
    reason: f?.reason ?? '',
    since: f?.since ?? null,
    liftedAt: f?.liftedAt ?? null,
  }
}

/**
 * The one rule of the freeze: scheduled work due up to the returned moment waits for an editor.
 * While the freeze is on, that is everything due (`now`); once lifted, what fell due before the
 * lift, until an editor decides on it (publish now, reschedule or cancel each move it past the
 * lift or away). Null: nothing is held.
 */
export const heldThrough = (freeze: FreezeState, now: Date): Date | null => {
  if (freeze.active) return now
  return freeze.liftedAt ? new Date(freeze.liftedAt) : null
}

/** Scheduled publications held (the publication queue's jobs due by `through`). */
export const heldJobsWhere = (through: Date): Where => ({
  and: [
    { queue: { equals: 'default' } },
    { completedAt: { exists: false } },
    { hasError: { not_equals: true } },
    { waitUntil: { less_than_equal: through.toISOString() } },
  ],
})

/** Mail held: queued deliveries due by `through`, except "send to everyone now" (kind urgent). */
export const heldDeliveriesWhere = (through: Date): Where => ({
  and: [
    { status: { equals: 'queued' } },
    { kind: { not_equals: 'urgent' } },
    { sendAfter: { less_than_equal: through.toISOString() } },
  ],
})

/** What the mail sender may send despite the freeze: urgent mail, and what falls due after `through`. */
export const notHeldDeliveryWhere = (through: Date): Where => ({
  or: [{ kind: { equals: 'urgent' } }, { sendAfter: { greater_than: through.toISOString() } }],
})
