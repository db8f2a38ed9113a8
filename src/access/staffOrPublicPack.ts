import type { Access, Where } from 'payload'

import { publicReleaseWhere } from './publicRelease'
import { idsOf } from './publicReleaseIds'

/**
 * The public sees a published pack only when every release in it is public too. Reads the
 * published packs (a handful) and asks the database which of their releases are public.
 */
export const staffOrPublicPack: Access = async ({ req }) => {
  if (req.user) return true
  const { docs: packs } = await req.payload.find({
    collection: 'press-packs',
    where: { _status: { equals: 'published' } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { releases: true },
  })
  const cited = [...new Set(packs.flatMap((pack) => idsOf(pack.releases)))]
  const { docs: visible } = await req.payload.find({
    collection: 'press-releases',
    where: { and: [{ id: { in: cited } }, publicReleaseWhere()] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: {},
  })
  const publicIds = new Set(visible.map((r) => String(r.id)))
  const ids = packs
    .filter((pack) => idsOf(pack.releases).every((id) => publicIds.has(String(id))))
    .map((pack) => pack.id)
  const where: Where = { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] }
  return where
}
