import type { Payload, TypedUser } from 'payload'

import type { Delivery } from '../payload-types'

import { hasOpenLink } from '../access/openLink'
import { canDistribute } from '../access/roles'
import { recordAuditEvent } from '../audit/record'
import { refused } from '../lib/errors'
import { storedReason } from './reasons'

const mayRevoke = (user: TypedUser | null) => {
  if (!user) throw refused('refuseRevokeLogIn', {}, 401)
  if (!canDistribute(user)) throw refused('refuseRevokeEditorsOnly', {}, 403)
}

/**
 * What revoking changes on one delivery: its link stops opening anything (the same 404 as a
 * forged one), and a delivery not sent yet is not sent at all: a mail whose link is dead from the
 * start helps nobody. Sent, failed and skipped deliveries keep their status for the audit trail.
 */
const revocation = (delivery: Pick<Delivery, 'status'>, now: Date): Partial<Delivery> => ({
  revokedAt: now.toISOString(),
  ...(delivery.status === 'queued'
    ? { status: 'skipped' as const, ...storedReason('link-revoked') }
    : {}),
})

/** Revokes one journalist's personal link. Revoking twice keeps the first time. */
export const revokeDelivery = async (
  payload: Payload,
  args: { id: number | string; user: TypedUser | null; now?: Date },
): Promise<Delivery> => {
  mayRevoke(args.user)
  const delivery = await payload
    .findByID({ collection: 'deliveries', id: args.id, depth: 0, overrideAccess: true })
    .catch(() => null)
  if (!delivery) throw refused('refuseNoDelivery', { id: args.id }, 404)
  if (!hasOpenLink(delivery)) return delivery
  const revoked = await payload.update({
    collection: 'deliveries',
    id: delivery.id,
    data: revocation(delivery, args.now ?? new Date()),
    depth: 0,
    overrideAccess: true,
  })
  await recordAuditEvent(
    { payload, user: args.user },
    {
      action: 'links-revoked',
      doc: { collection: 'press-releases', id: idOf(delivery.release) },
      detail: `delivery ${delivery.id} (journalist ${idOf(delivery.journalist)})`,
    },
  )
  return revoked
}

const idOf = (value: unknown): number | string =>
  value && typeof value === 'object' ? (value as { id: number | string }).id : (value as number)

/** Revokes every personal link of a release; says how many were still open (skipped ones had none). */
export const revokeReleaseLinks = async (
  payload: Payload,
  args: { release: number | string; user: TypedUser | null; now?: Date },
): Promise<{ revoked: number }> => {
  mayRevoke(args.user)
  const release = await payload
    .findByID({ collection: 'press-releases', id: args.release, depth: 0, overrideAccess: true })
    .catch(() => null)
  if (!release) throw refused('refuseNoRelease', { id: args.release }, 404)
  const { docs } = await payload.find({
    collection: 'deliveries',
    where: {
      and: [{ release: { equals: release.id } }, { revokedAt: { exists: false } }],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { status: true, revokedAt: true },
  })
  const now = args.now ?? new Date()
  const open = docs.filter(hasOpenLink)
  for (const delivery of open) {
    await payload.update({
      collection: 'deliveries',
      id: delivery.id,
      data: revocation(delivery, now),
      depth: 0,
      overrideAccess: true,
    })
  }
  if (open.length) {
    await recordAuditEvent(
      { payload, user: args.user },
      {
        action: 'links-revoked',
        doc: { collection: 'press-releases', id: release.id },
        detail: `${open.length} personal links`,
      },
    )
  }
  return { revoked: open.length }
}
