import type { PayloadRequest, TaskConfig, TypedUser } from 'payload'

import { isReleasePublication, latestVersionId, type ScheduleInput } from './releaseVersions'

/**
 * Replaces Payload's own `schedulePublish` task (Payload runs the first task of a slug), keeping
 * its input. Only press releases schedule publication (no global uses drafts). Payload's task publishes whatever the latest draft is when the job runs; for a
 * release this one publishes the version the editor scheduled and keeps any later edit as a draft
 * on top, so an unreviewed change never goes out with the scheduled publication.
 */
export const schedulePublishTask: TaskConfig<{ input: ScheduleInput; output: object }> = {
  slug: 'schedulePublish',
  retries: 0,
  inputSchema: [
    { name: 'type', type: 'radio', defaultValue: 'publish', options: ['publish', 'unpublish'] },
    { name: 'locale', type: 'text' },
    { name: 'doc', type: 'relationship', relationTo: ['press-releases'] },
    { name: 'user', type: 'relationship', relationTo: 'users' },
    { name: 'version', type: 'text' },
  ],
  handler: async ({ input, req }) => {
    const user = input.user ? await findUser(req, input.user) : null
    const as = { req, user, overrideAccess: user === null, depth: 0 } as const
    const _status = (input.type ?? 'publish') === 'publish' ? 'published' : 'draft'

    if (!input.doc) return { output: {} }
    const collection = input.doc.relationTo as 'press-releases'
    const id = input.doc.value

    const latest = isReleasePublication(input) ? await latestVersionId(req, id) : undefined
    const laterEdit = input.version !== undefined && latest !== undefined && String(latest) !== String(input.version)
    if (laterEdit) {
      await req.payload.restoreVersion({ collection, id: String(input.version), ...as })
    }
    await req.payload.update({ collection, id, data: { _status }, ...as })
    if (laterEdit) {
      await req.payload.restoreVersion({ collection, id: String(latest), draft: true, ...as })
    }
    return { output: {} }
  },
}

const findUser = async (req: PayloadRequest, id: number | string): Promise<TypedUser> => {
  const user = await req.payload.findByID({ collection: 'users', id, depth: 0, req, overrideAccess: true })
  return { ...user, collection: 'users' } as TypedUser
}
