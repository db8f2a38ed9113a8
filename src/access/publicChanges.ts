import type {
  CollectionBeforeChangeHook,
  CollectionSlug,
  CollectionBeforeOperationHook,
  PayloadRequest,
  Where,
} from 'payload'

import type { CustomKey } from '../lib/translations'

import { refusal } from '../lib/refusal'
import { say } from '../lib/translations'
import { shownByPublishedContent } from './publicFrom'
import { canApproveQuotes, canPublish, isStaff } from './roles'
import { unpublishingWriteRefusal } from './unpublishing'

type MaybeUser = PayloadRequest['user']

/**
 * The one rule for "who may change what the public sees": editors and admins. Authors prepare
 * changes (drafts, new documents) that an editor makes live. Every `_status` change in either
 * direction, every write over a published document and every restore of a version that would
 * replace the live document goes through it.
 */
export const canChangeWhatThePublicSees = (user: MaybeUser): boolean => canPublish(user)

/** Only staff read drafts and versions; anyone else is given the published document. */
export const canReadDrafts = (user: MaybeUser): boolean => isStaff(user)

/** Set while a version is restored as a draft: its own `_status` reaches beforeChange. */
export const restoringAsDraft = 'pressroomRestoringAsDraft'

type Refused = 'refusePublish' | 'refuseChangePublished' | 'refuseRestore'

/** The refusal for a release or a press pack (the only collections with drafts). */
const refuse = (req: PayloadRequest, slug: string, what: Refused) =>
  refusal(req, `${what}${slug === 'press-packs' ? 'Pack' : 'Release'}` as CustomKey)

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
 * autosave rewrites it in place, src/payload-patches/immutableVersions.ts). They unpublish or stand for the
 * live document's editing, so only those who may change what the public sees send them.
 */
const versionRewritingFlags = ['unpublishAllLocales', 'autosave'] as const

const isSet = (value: unknown): boolean => value === true || value === 'true'

/**
 * beforeOperation for every collection with drafts: drops `draft` from reads by those who may
 * not read drafts (Payload reads it from the args after this hook), and refuses writes that
 * would change the live document to those who may not change what the public sees. Those who may
 * still do not unpublish a release that has been public (src/access/unpublishing.ts).
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
  if (canChangeWhatThePublicSees(req.user)) {
    if (collection.slug !== 'press-releases') return args
    const unpublishing = await unpublishingWriteRefusal(req, operation, args as never)
    if (unpublishing) throw unpublishing
    return args
  }
  if (!req.user) return args // collection access refuses anonymous writes on its own
  const slug = collection.slug as 'press-releases' | 'press-packs'
  if (operation === 'update') {
    const flag = versionRewritingFlags.find((name) =>
      isSet((args as Record<string, unknown>)[name]),
    )
    if (flag) {
      const key = slug === 'press-packs' ? 'refuseVersionFlagPack' : 'refuseVersionFlagRelease'
      throw refusal(req, key, { flag })
    }
  }
  if (operation === 'create' || operation === 'update') {
    const { data, id, where } = args as {
      data?: { _status?: string }
      id?: number | string
      where?: Where
    }
    if (data?._status === 'published') throw refuse(req, slug, 'refusePublish')
    if (operation === 'update' && !args.draft) {
      const target: Where = id !== undefined ? { id: { equals: id } } : (where ?? {})
      if (await isPublished(req, slug, target)) throw refuse(req, slug, 'refuseChangePublished')
    }
  }
  if (operation === 'restoreVersion' && args.draft) {
    // The version's own `_status` reaches beforeChange; Payload saves it as a draft afterwards.
    req.context[restoringAsDraft] = true
  }
  if (operation === 'restoreVersion' && !args.draft) throw refuse(req, slug, 'refuseRestore')
  return args
}

/**
 * beforeChange for every collection with drafts: publishing by a signed-in author is refused
 * even where access checks are off (a job or server action acting for that user).
 */
export const onlyEditorsPublish: CollectionBeforeChangeHook = ({ collection, data, req }) => {
  if (req.context[restoringAsDraft]) return data
  if (data?._status === 'published' && req.user && !canChangeWhatThePublicSees(req.user)) {
    throw refuse(req, collection.slug, 'refusePublish')
  }
  return data
}

const nouns: Record<string, CustomKey> = {
  quotes: 'nounQuote',
  people: 'nounPerson',
  media: 'nounFile',
  'press-contacts': 'nounPressContact',
  boilerplates: 'nounBoilerplate',
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
      const noun = say(req.t, nouns[collection.slug] ?? 'nounDocument')
      throw refusal(req, 'refuseLiveContent', { noun })
    }
  }
  return args
}
