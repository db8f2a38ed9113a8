import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import { canPublish } from '../access/roles'
import { unapprovedQuotes } from '../collections/PressReleases/unapprovedQuotes'
import { isReleasePublication, latestVersionId, type ScheduleInput } from './releaseVersions'

/**
 * When a release's publication is scheduled, remember which version was scheduled, so the job
 * publishes exactly that one. Refuse at once what the job would refuse later: a scheduler who may
 * not publish, or a release citing a quote that is not approved.
 */
export const recordScheduledVersion: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  const input = data.input as ScheduleInput | undefined
  if (operation !== 'create' || data.taskSlug !== 'schedulePublish' || !isReleasePublication(input)) {
    return data
  }
  const releaseId = input!.doc!.value
  const scheduler = input!.user
    ? await req.payload.findByID({ collection: 'users', id: input!.user, depth: 0, req, overrideAccess: true })
    : req.user
  if (scheduler && !canPublish(scheduler)) {
    throw new APIError('Only editors can schedule a publication.', 403, null, true)
  }
  const release = await req.payload.findByID({
    collection: 'press-releases',
    id: releaseId,
    draft: true,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const problems = await unapprovedQuotes(req, release.quotes)
  if (problems.length > 0) throw new APIError(problems.join(' '), 400, null, true)
  return { ...data, input: { ...input, version: await latestVersionId(req, releaseId) } }
}
