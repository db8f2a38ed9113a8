import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
} from 'payload'

import { decidingOf, publicationEvent, type Deciding } from '../changes'
import { releaseLocales } from '../../lib/locales'
import { recordAuditEvent } from '../record'

type Slug = 'press-releases' | 'press-packs'
type Doc = Record<string, unknown> & { id?: number | string }

/** Skips this module's hooks for a request whose caller records the event itself (the job). */
export const auditSkipKey = 'pressroomAuditSkip'

const beforeKey = (slug: string, id: unknown) => `pressroomAuditLiveBefore:${slug}:${String(id)}`

const decidingFields = ['_status', 'embargoUntil', 'updatedAt', 'review', 'forcedPublication']

/**
 * The live document's row (what the public sees), read in the change's transaction. A draft save
 * does not touch it; a publication, an unpublication or a live edit does.
 */
export const liveDeciding = async (
  req: PayloadRequest,
  slug: Slug,
  id: number | string,
): Promise<Deciding | null> => {
  const names = new Set(req.payload.collections[slug].config.flattenedFields.map((f) => f.name))
  const select = Object.fromEntries(
    decidingFields.filter((name) => names.has(name)).map((name) => [name, true as const]),
  )
  const row = await req.payload.db.findOne<Doc & { id: number | string }>({
    collection: slug,
    where: { id: { equals: id } },
    select,
    req,
  })
  return decidingOf(row)
}

/** The newest version's id: the one this save wrote. */
export const newestVersionId = async (req: PayloadRequest, slug: Slug, id: number | string) => {
  const { docs } = await req.payload.db.findVersions({
    collection: slug,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    // The id only: a whole version row joins every language's and every relation's table.
    select: { updatedAt: true },
    req,
  })
  return (docs[0]?.id as number | string | undefined) ?? null
}

/** A release's headline or a pack's title: the text itself, or its first written language's. */
export const titleOf = (slug: string, doc: object | null | undefined): string | null => {
  const value = (doc as Doc | null | undefined)?.[slug === 'press-packs' ? 'title' : 'headline']
  if (typeof value === 'string') return value
  const [first] = releaseLocales(value)
  return first ? (value as Record<string, string>)[first] : null
}

/** beforeChange on releases and packs: what the public saw before this save. */
export const rememberLiveDeciding: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || originalDoc?.id === undefined || req.context[auditSkipKey])
    return data
  req.context[beforeKey(collection.slug, originalDoc.id)] = await liveDeciding(
    req,
    collection.slug as Slug,
    originalDoc.id,
  )
  return data
}

/**
 * afterChange on releases and packs: one audit entry when the save changed what the public sees
 * or the review's state (src/audit/changes.ts decides), in the save's transaction.
 */
export const recordPublicationChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (req.context[auditSkipKey]) return doc
  const slug = collection.slug as Slug
  const before =
    operation === 'create'
      ? null
      : ((req.context[beforeKey(slug, doc.id)] as Deciding | undefined) ?? decidingOf(previousDoc))
  delete req.context[beforeKey(slug, doc.id)]
  const after = await liveDeciding(req, slug, doc.id)
  const event = publicationEvent(
    { before, after },
    { before: operation === 'create' ? null : decidingOf(previousDoc), after: decidingOf(doc) },
  )
  if (!event) return doc
  await recordAuditEvent(
    { payload: req.payload, req },
    {
      action: event.action,
      doc: {
        collection: slug,
        id: doc.id,
        title: titleOf(slug, doc),
        version: await newestVersionId(req, slug, doc.id),
      },
      changes: event.changes,
      reason: event.reason,
    },
  )
  return doc
}

/** afterDelete on releases and packs. */
export const recordDeletion: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await recordAuditEvent(
    { payload: req.payload, req },
    {
      action: 'delete',
      doc: { collection: collection.slug, id: doc.id, title: titleOf(collection.slug, doc) },
      changes: publicationEvent(
        { before: decidingOf(doc), after: null },
        { before: null, after: null },
      )?.changes,
    },
  )
  return doc
}
