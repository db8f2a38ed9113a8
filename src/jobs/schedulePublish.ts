import type { PayloadRequest, TaskConfig, TypedUser } from 'payload'

import { saveVersion, ValidationError } from 'payload'

import { liveDeciding, auditSkipKey } from '../audit/hooks/publication'
import { recordScheduledPublication } from '../audit/schedule'
import { isLocale } from '../lib/locales'
import { onceForJob, sameTransaction } from './onceForJob'
import {
  goneVersionMessage,
  isReleasePublication,
  scheduledAndLatestVersions,
  schedulerId,
  type ScheduledVersions,
  type ScheduleInput,
} from './releaseVersions'

/**
 * Replaces Payload's own `schedulePublish` task (Payload runs the first task of a slug), keeping
 * its input, so the admin's schedule-publish UI queues it. Payload's task publishes whatever the
 * latest draft is when the job runs; for a release this one publishes the version that was current
 * the editor scheduled (its id is in the job's input) and keeps any later edit as a draft on top,
 * so an unreviewed change never goes out with the scheduled publication; if that version is gone,
 * the job fails and publishes nothing. Publishing goes through the normal update, so the
 * same rules apply as by hand (editors only, approved quotes only); a refusal fails the job with
 * the reason in its log. The publication and a note on the job commit together (onceForJob).
 */
export const schedulePublishTask: TaskConfig<{ input: ScheduleInput; output: object }> = {
  slug: 'schedulePublish',
  retries: 0,
  inputSchema: [
    { name: 'type', type: 'radio', defaultValue: 'publish', options: ['publish', 'unpublish'] },
    { name: 'locale', type: 'text' },
    { name: 'doc', type: 'relationship', relationTo: ['press-releases'] },
    { name: 'user', type: 'relationship', relationTo: 'users' },
  ],
  handler: async ({ input, job, req }) => {
    if (!input.doc) return { output: {} }
    const userId = schedulerId(input)
    const user = userId !== undefined ? await findUser(req, userId) : null
    const _status = (input.type ?? 'publish') === 'publish' ? 'published' : 'draft'
    // "Publish in one language" from the schedule drawer, as Payload's own task does it.
    const publishSpecificLocale =
      _status === 'published' && isLocale(input.locale) ? input.locale : undefined
    const collection = input.doc.relationTo as 'press-releases'
    const id = input.doc.value
    try {
      // Published once even when the job runs again after its instance died mid-run.
      await onceForJob(req.payload, job.id, user, async (txReq) => {
        // Each call on a request of its own, reading in the default locale like Payload's task.
        // The job's own audit entry (below) stands for the restore and the update.
        const as = async () =>
          ({
            user,
            overrideAccess: user === null,
            depth: 0,
            req: await sameTransaction(txReq),
            context: { [auditSkipKey]: true },
          }) as const
        const liveBefore = await liveDeciding(await sameTransaction(txReq), collection, id)
        const { scheduled, latest, gone }: ScheduledVersions = isReleasePublication(input)
          ? await scheduledAndLatestVersions(await sameTransaction(txReq), id, {
              input,
              createdAt: job.createdAt,
            })
          : {}
        if (gone !== undefined) throw new Error(goneVersionMessage(id, gone))
        const laterEdit =
          scheduled !== undefined && latest !== undefined && String(scheduled) !== String(latest)
        if (laterEdit) {
          await req.payload.restoreVersion({ collection, id: String(scheduled), ...(await as()) })
        }
        await req.payload.update({
          collection,
          id,
          data: { _status },
          publishSpecificLocale,
          ...(await as()),
        })
        if (laterEdit) await keepAsDraft(await sameTransaction(txReq), collection, id, latest)
        await recordScheduledPublication(await sameTransaction(txReq), {
          collection,
          id,
          type: input.type ?? 'publish',
          before: liveBefore,
          scheduledBy: user,
          version: scheduled ?? null,
        })
      })
    } catch (error) {
      throw withReasons(error)
    }
    return { output: {} }
  },
}

/**
 * Puts a later edit back on top as the newest draft, leaving the published document alone.
 * (Payload's Local API `restoreVersion` drops its `draft` flag and would unpublish instead.)
 */
const keepAsDraft = async (
  req: PayloadRequest,
  collection: 'press-releases',
  id: number | string,
  versionId: number | string,
) => {
  const { docs } = await req.payload.db.findVersions({
    collection,
    where: { id: { equals: versionId } },
    locale: 'all',
    limit: 1,
    pagination: false,
    req,
  })
  await saveVersion({
    id,
    collection: req.payload.collections[collection].config,
    docWithLocales: { ...docs[0].version, _status: 'draft' },
    draft: true,
    operation: 'update',
    payload: req.payload,
    req,
  })
}

/** The job log keeps only an error's message; put the field messages (naming the quote) in it. */
const withReasons = (error: unknown): unknown => {
  const errors = error instanceof ValidationError ? error.data?.errors : undefined
  return errors?.length ? new Error(errors.map((e) => `${e.path}: ${e.message}`).join(' ')) : error
}

const findUser = async (req: PayloadRequest, id: number | string): Promise<TypedUser> => {
  const user = await req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return { ...user, collection: 'users' } as TypedUser
}
