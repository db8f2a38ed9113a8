import type { PayloadRequest } from 'payload'

import { publicReleaseWhere } from './publicRelease'

/** The releases the public may see, with the ids of what they cite, for access rules on them. */
export const publicReleases = async (req: PayloadRequest) => {
  const { docs } = await req.payload.find({
    collection: 'press-releases',
    where: publicReleaseWhere(),
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { quotes: true, media: true },
  })
  return docs
}

export const idsOf = (values: unknown[] | null | undefined): (number | string)[] =>
  (values ?? []).map((v) =>
    v && typeof v === 'object' ? (v as { id: number | string }).id : (v as number | string),
  )
