import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { recomputeMedia, recomputePeople, recomputeQuotes } from './publicFrom'
import { idsOf } from './publicReleaseIds'

type Doc = Record<string, unknown> & { id?: number | string }

const liveKey = (slug: string, id: unknown) => `pressroomLiveBefore:${slug}:${String(id)}`

/**
 * Releases and packs: what the live (published) document cites before this change. With drafts,
 * `previousDoc` may be the latest draft, and what the public saw must be recomputed too.
 */
export const rememberLiveCitations: CollectionBeforeChangeHook = async ({
  collection,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || originalDoc?.id === undefined) return
  const slug = collection.slug as 'press-releases' | 'press-packs'
  const live = await req.payload.findByID({
    collection: slug,
    id: originalDoc.id,
    draft: false,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
    select: slug === 'press-packs' ? { coverImage: true } : { quotes: true, media: true },
  })
  req.context[liveKey(slug, originalDoc.id)] = live
}

const liveBefore = (req: PayloadRequest, slug: string, id: unknown): Doc =>
  (req.context[liveKey(slug, id)] as Doc | undefined) ?? {}

const releaseChanged = async (req: PayloadRequest, docs: (Doc | undefined)[], id: unknown) => {
  const all = [...docs, liveBefore(req, 'press-releases', id)]
  await recomputeQuotes(
    req,
    all.flatMap((d) => idsOf(d?.quotes as unknown[])),
  )
  const { docs: packs } = await req.payload.find({
    collection: 'press-packs',
    where: { releases: { in: [id] } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { coverImage: true },
  })
  await recomputeMedia(req, [
    ...all.flatMap((d) => idsOf(d?.media as unknown[])),
    ...packs.map((p) => p.coverImage),
  ])
}

export const releaseAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  await releaseChanged(req, [doc, previousDoc], doc.id)
}

export const releaseAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await releaseChanged(req, [doc], doc.id)
}

export const quoteAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  await recomputeQuotes(req, [doc.id])
  await recomputePeople(req, [previousDoc?.speaker, doc.speaker])
}

export const quoteAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await recomputePeople(req, [doc.speaker])
}

export const personAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  await recomputeMedia(req, [previousDoc?.photo, doc.photo])
}

export const personAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await recomputeMedia(req, [doc.photo])
}

export const packAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const before = liveBefore(req, 'press-packs', doc.id)
  await recomputeMedia(req, [doc.coverImage, previousDoc?.coverImage, before.coverImage])
}

export const packAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await recomputeMedia(req, [doc.coverImage])
}

export const officeAfterChange: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
  await recomputeMedia(req, [doc.logo, previousDoc?.logo])
}
