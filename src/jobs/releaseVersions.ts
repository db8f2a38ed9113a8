import type { PayloadRequest } from 'payload'

/** The id of the newest saved version (draft or published) of a release. */
export const latestVersionId = async (
  req: PayloadRequest,
  releaseId: number | string,
): Promise<number | string | undefined> => {
  const { docs } = await req.payload.findVersions({
    collection: 'press-releases',
    where: { parent: { equals: releaseId } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
    select: {},
  })
  return docs[0]?.id
}

export type ScheduleInput = {
  type?: 'publish' | 'unpublish'
  locale?: string
  doc?: { relationTo: string; value: number | string }
  global?: string
  user?: number | string
  /** Pressroom's addition: the release version that was current when the editor scheduled. */
  version?: number | string
}

export const isReleasePublication = (input: ScheduleInput | undefined): boolean =>
  input?.doc?.relationTo === 'press-releases' && (input.type ?? 'publish') === 'publish'
