import type {
  CollectionBeforeChangeHook,
  CollectionSlug,
  CollectionBeforeOperationHook,
  PayloadRequest,
  Where,
} from 'payload'

import { APIError } from 'payload'

import { shownByPublishedContent } from './publicFrom'
import { canApproveQuotes, canPublish } from './roles'

type MaybeUser = PayloadRequest['user']

/**
 * The one rule for "who may change what the public sees": editors and admins. Authors prepare
 * changes (drafts, new documents) that an editor makes live. Every `_status` change in either
 * direction, every write over a published document and every restore of a version that would
 * replace the live document goes through it.
 */
export const canChangeWhatThePublicSees = (user: MaybeUser): boolean => canPublish(user)

/** Only staff read drafts and versions; anyone else is given the published document. */
export const canReadDrafts = (user: MaybeUser): boolean => Boolean(user)

const restoringAsDraft = 'pressroomRestoringAsDraft'

const refuse = (message: string) => new APIError(message, 403, {}, true)

const isPublished = async (
  req: PayloadRequest,
  collection: 'press-releases' | 'press-packs',
  where: Where,
): Promise<boolean> => {
  const { totalDocs } = await req.payload.count({
    collection,
    where: { and: [where, { _status: { equals: 'published' } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/**
 * The update flags that make Payload take the newest version row for its own (an unpublish or an
 * autosave rewrites it in place, src/lib/immutableVersions.ts). They unpublish or stand for the
 * live document's editing, so only those who may change what the public sees send them.
 */
const versionRewritingFlags = ['unpublishAllLocales', 'autosave'] as const

const isSet = (value: unknown): boolean => value === true || value === 'true'

/**
 * beforeOperation for every collection with drafts: drops `draft` from reads by those who may
 * not read drafts (Payload reads it from the args after this hook), and refuses writes that
 * would change the live document to those who may not change what the public sees.
 */
export const guardDraftsAndPublication: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  if (overrideAccess) return args
  if (operation === 'read')
    return args.draft && !canReadDrafts(req.user) ? { ...args, draft: false } : args
  if (canChangeWhatThePublicSees(req.user)) return args
  if (!req.user) return args // collection access refuses anonymous writes on its own
  const slug = collection.slug as 'press-releases' | 'press-packs'
  const noun = slug === 'press-packs' ? 'press pack' : 'release'
  if (operation === 'update') {
    const flag = versionRewritingFlags.find((name) =>
      isSet((args as Record<string, unknown>)[name]),
    )
    if (flag) {
      throw refuse(
        `Only editors can save a ${noun} with ${flag}: save your edit as a draft (?draft=true) and ask an editor.`,
      )
    }
  }
  if (operation === 'create' || operation === 'update') {
    const { data, id, where } = args as {
      data?: { _status?: string }
      id?: number | string
      where?: Where
    }
    if (data?._status === 'published') {
      throw refuse(`Only editors can publish a ${noun}: save it as a draft and ask an editor.`)
    }
    if (operation === 'update' && !args.draft) {
      const target: Where = id !== undefined ? { id: { equals: id } } : (where ?? {})
      if (await isPublished(req, slug, target)) {
        throw refuse(
          `Only editors can change or unpublish a published ${noun}: save your edit as a draft and ask an editor.`,
        )
      }
    }
  }
  if (operation === 'restoreVersion' && args.draft) {
    // The version's own `_status` reaches beforeChange; Payload saves it as a draft afterwards.
    req.context[restoringAsDraft] = true
  }
  if (operation === 'restoreVersion' && !args.draft) {
    throw refuse(
      `Only editors can restore a version of a ${noun}: restore it as a draft and ask an editor.`,
    )
  }
  return args
}

/**
 * beforeChange for every collection with drafts: publishing by a signed-in author is refused
 * even where access checks are off (a job or server action acting for that user).
 */
export const onlyEditorsPublish: CollectionBeforeChangeHook = ({ collection, data, req }) => {
  if (req.context[restoringAsDraft]) return data
  if (data?._status === 'published' && req.user && !canChangeWhatThePublicSees(req.user)) {
    const noun = collection.slug === 'press-packs' ? 'press pack' : 'release'
    throw refuse(`Only editors can publish a ${noun}: save it as a draft and ask an editor.`)
  }
  return data
}

const nouns: Record<string, string> = {
  quotes: 'quote',
  people: 'person',
  media: 'file',
  'press-contacts': 'press contact',
  boilerplates: 'boilerplate',
}

/**
 * beforeOperation for what releases show (quotes, people, media, contacts, boilerplates): an
 * author may create and change them until something published shows them; from then on only an
 * editor changes them (and an approver, for a quote, since any change sends it back to approval).
 */
export const keepLiveContentToEditors: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'update' || overrideAccess || !req.user) return args
  if (canChangeWhatThePublicSees(req.user)) return args
  if (collection.slug === 'quotes' && canApproveQuotes(req.user)) return args
  const { id, where } = args as { id?: number | string; where?: Where }
  const ids =
    id !== undefined
      ? [id]
      : (
          await req.payload.find({
            collection: collection.slug as CollectionSlug,
            where: where ?? {},
            depth: 0,
            pagination: false,
            overrideAccess: true,
            req,
            select: {},
          })
        ).docs.map((doc) => doc.id)
  for (const target of ids) {
    if (await shownByPublishedContent(req, collection.slug as CollectionSlug, target)) {
      const noun = nouns[collection.slug] ?? 'document'
      throw refuse(
        `This ${noun} is shown by a published release: only an editor can change it. Ask an editor, or prepare a new ${noun}.`,
      )
    }
  }
  return args
}
