import type { PayloadRequest, Where } from 'payload'

export type ScheduleInput = {
  type?: 'publish' | 'unpublish'
  locale?: string
  doc?: { relationTo: string; value: number | string }
  /** A bare id, or `{ relationTo: 'users', value }` as the admin's schedule drawer queues it. */
  user?: number | string | { relationTo: string; value: number | string }
}

export const schedulerId = (input: ScheduleInput): number | string | undefined =>
  input.user && typeof input.user === 'object' ? input.user.value : input.user

export const isReleasePublication = (input: ScheduleInput | undefined): boolean =>
  input?.doc?.relationTo === 'press-releases' && (input.type ?? 'publish') === 'publish'

type VersionId = number | string

/**
 * The version an editor scheduled is the newest one saved before the job was queued; anything
 * saved after that is a later edit that the schedule did not cover.
 */
export const scheduledAndLatestVersions = async (
  req: PayloadRequest,
  releaseId: VersionId,
  scheduledAt: string,
): Promise<{ scheduled?: VersionId; latest?: VersionId }> => {
  const newest = (where: Where) =>
    req.payload
      .findVersions({
        collection: 'press-releases',
        where: { and: [{ parent: { equals: releaseId } }, where] },
        sort: '-updatedAt',
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
        select: {},
      })
      .then(({ docs }) => docs[0]?.id)
  const [scheduled, latest] = await Promise.all([
    newest({ updatedAt: { less_than_equal: scheduledAt } }),
    newest({}),
  ])
  return { scheduled, latest }
}
