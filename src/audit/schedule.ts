import type { PayloadRequest, TypedUser } from 'payload'

import type { Deciding } from './changes'

import { publicationEvent } from './changes'
import { liveDeciding, newestVersionId, titleOf } from './hooks/publication'
import { recordAuditEvent } from './record'

type Id = number | string

const headlineOf = async (req: PayloadRequest, id: Id) =>
  titleOf(
    'press-releases',
    await req.payload
      .findByID({
        collection: 'press-releases',
        id,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        select: { headline: true },
        req,
      })
      .catch(() => null),
  )

const iso = (value: Date | string | null | undefined) =>
  value ? new Date(value).toISOString() : null

/**
 * The schedule drawer queued a publication (or replaced one): the time before → after and the
 * version it will publish.
 */
export const recordSchedule = async (
  req: PayloadRequest,
  args: {
    id: Id
    at: Date | string
    replaced?: Date | string | null
    version?: Id | null
    type?: string
  },
) =>
  recordAuditEvent(
    { payload: req.payload, req },
    {
      action: 'schedule',
      doc: {
        collection: 'press-releases',
        id: args.id,
        title: await headlineOf(req, args.id),
        version: args.version ?? null,
      },
      changes: { scheduledAt: { from: iso(args.replaced), to: iso(args.at) } },
      detail: args.type && args.type !== 'publish' ? args.type : null,
    },
  )

/** The schedule drawer cancelled a scheduled publication. */
export const recordScheduleCancelled = async (
  req: PayloadRequest,
  args: { id: Id; at?: Date | string | null; version?: Id | null; type?: string },
) =>
  recordAuditEvent(
    { payload: req.payload, req },
    {
      action: 'cancel-schedule',
      doc: {
        collection: 'press-releases',
        id: args.id,
        title: await headlineOf(req, args.id),
        version: args.version ?? null,
      },
      changes: { scheduledAt: { from: iso(args.at), to: null } },
      detail: args.type && args.type !== 'publish' ? args.type : null,
    },
  )

/**
 * The job runner published (or unpublished) a release on its schedule: one entry, by the job
 * runner, naming who scheduled it, in the job's transaction.
 */
export const recordScheduledPublication = async (
  req: PayloadRequest,
  args: {
    collection: 'press-releases'
    id: Id
    type: 'publish' | 'unpublish'
    before: Deciding | null
    scheduledBy: TypedUser | null
    version: Id | null
  },
) => {
  const after = await liveDeciding(req, args.collection, args.id)
  const event = publicationEvent({ before: args.before, after }, { before: null, after: null })
  const by = args.scheduledBy as (TypedUser & { name?: string }) | null
  await recordAuditEvent(
    { payload: req.payload, req },
    {
      action: args.type === 'publish' ? 'scheduled-publish' : 'unpublish',
      actor: { kind: 'job', name: 'job runner' },
      doc: {
        collection: args.collection,
        id: args.id,
        title: await headlineOf(req, args.id),
        version: args.version ?? (await newestVersionId(req, args.collection, args.id)),
      },
      changes: event?.changes,
      detail: by ? `scheduled by ${by.name ?? by.id} (user ${by.id})` : null,
    },
  )
}
