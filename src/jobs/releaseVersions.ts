import type { PayloadRequest, Where } from 'payload'

type VersionId = number | string

export type ScheduleInput = {
  type?: 'publish' | 'unpublish'
  locale?: string
  doc?: { relationTo: string; value: number | string }
  /** A bare id, or `{ relationTo: 'users', value }` as the admin's schedule drawer queues it. */
  user?: number | string | { relationTo: string; value: number | string }
  /** The release's version the schedule was made on: the one version the job publishes. */
  version?: VersionId
}

export const schedulerId = (input: ScheduleInput): number | string | undefined =>
  input.user && typeof input.user === 'object' ? input.user.value : input.user

export const isReleasePublication = (input: ScheduleInput | undefined): boolean =>
  input?.doc?.relationTo === 'press-releases' && (input.type ?? 'publish') === 'publish'

const newestVersion = (req: PayloadRequest, releaseId: VersionId, where?: Where) =>
  req.payload
    .findVersions({
      collection: 'press-releases',
      where: { and: [{ parent: { equals: releaseId } }, ...(where ? [where] : [])] },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
      select: {},
    })
    .then(({ docs }) => docs[0]?.id as VersionId | undefined)

/** The release's newest version: what an editor sees when they schedule it. */
export const latestVersionOf = (req: PayloadRequest, releaseId: VersionId) =>
  newestVersion(req, releaseId)

/** Whether `versionId` is one of the release's versions that still exists. */
export const isVersionOf = async (
  req: PayloadRequest,
  releaseId: VersionId,
  versionId: VersionId,
): Promise<boolean> =>
  (await newestVersion(req, releaseId, { id: { equals: versionId } })) !== undefined

export type ScheduledVersions = {
  /** The version the schedule publishes (undefined when the release has none). */
  scheduled?: VersionId
  latest?: VersionId
  /** The version the schedule was made on no longer exists: nothing may be published. */
  gone?: VersionId
}

/**
 * Which version a scheduled publication publishes: the version id it was made on. A schedule
 * queued before schedules kept their version (no `version` in its input) publishes the newest
 * version saved before it was queued, as it did then.
 */
export const scheduledAndLatestVersions = async (
  req: PayloadRequest,
  releaseId: VersionId,
  job: { input: ScheduleInput; createdAt: string },
): Promise<ScheduledVersions> => {
  const latest = await latestVersionOf(req, releaseId)
  const pinned = job.input.version
  if (pinned !== undefined && pinned !== null) {
    return (await isVersionOf(req, releaseId, pinned))
      ? { scheduled: pinned, latest }
      : { latest, gone: pinned }
  }
  const scheduled = await newestVersion(req, releaseId, {
    updatedAt: { less_than_equal: job.createdAt },
  })
  return { scheduled, latest }
}

/** Why a publication cannot go out: the version it was scheduled with is gone. */
export const goneVersionMessage = (releaseId: VersionId, version: VersionId): string =>
  `The version this publication was scheduled with (version ${version} of release ${releaseId}) no longer exists: nothing was published. Schedule the release again.`
