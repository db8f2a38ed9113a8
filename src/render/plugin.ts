import type {
  CollectionAfterChangeHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  Config,
  GlobalConfig,
  PayloadRequest,
  Plugin,
} from 'payload'

import { bumpGeneration } from './generation'
import { renderOnPublish } from './renderOnPublish'

/** What a release or pack document shows, besides the release itself. */
const cited = [
  'press-releases',
  'press-packs',
  'quotes',
  'people',
  'media',
  'boilerplates',
  'press-contacts',
]

// In the save's transaction: another server reads the new generation once the save has returned.
const bump = async <T>({ doc, req }: { doc: T; req: PayloadRequest }): Promise<T> => {
  await bumpGeneration(req.payload, req)
  return doc
}

const publicBeforeKey = (slug: string, id: unknown) => `pressroomPublicBefore:${slug}:${String(id)}`

/**
 * beforeOperation on a collection with drafts: notes, for an update by id, whether readers could
 * see the document before it. A draft save (Payload then writes the version alone and leaves the
 * document's own row, the one readers are served, as it was) counts as not seen; otherwise the
 * row's status says.
 */
const notePublicBefore: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const { id, draft, data } = args as { id?: unknown; draft?: boolean; data?: { _status?: string } }
  if (operation !== 'update' || id === undefined || data?._status === 'published') return args
  let publicBefore = false
  if (!draft) {
    const row = await req.payload.db.findOne<{ id: number; _status?: string }>({
      collection: collection.slug,
      where: { id: { equals: id } },
      req,
    })
    publicBefore = row?._status !== 'draft'
  }
  req.context[publicBeforeKey(collection.slug, id)] = publicBefore
  return args
}

/**
 * afterChange on a collection with drafts: moves the generation unless the save touched only a
 * draft (it is a draft and readers could not see it before), which no public document or page
 * shows. Autosaves are such saves; bumping on them made every stored public document stale.
 */
const bumpUnlessOnlyDraft: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  req,
}) => {
  const onlyDraft =
    doc._status === 'draft' &&
    (operation === 'create' || req.context[publicBeforeKey(collection.slug, doc.id)] === false)
  if (!onlyDraft) await bumpGeneration(req.payload, req)
  return doc
}

const withHooks = (collection: CollectionConfig): CollectionConfig => {
  if (!cited.includes(collection.slug)) return collection
  const hooks = collection.hooks ?? {}
  const drafts = typeof collection.versions === 'object' && Boolean(collection.versions.drafts)
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeOperation: [...(hooks.beforeOperation ?? []), ...(drafts ? [notePublicBefore] : [])],
      afterChange: [
        ...(hooks.afterChange ?? []),
        drafts ? bumpUnlessOnlyDraft : bump,
        ...(collection.slug === 'press-releases' ? [renderOnPublish] : []),
      ],
      afterDelete: [...(hooks.afterDelete ?? []), bump],
    },
  }
}

const globalWithHooks = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), bump] },
})

/**
 * The render store's hooks, added to the collections rather than written into each: a save that
 * may change what a public document or page shows moves the shared content generation (remembered
 * keys are re-checked), and a published release is rendered in the background.
 */
export const renderStorePlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map(withHooks),
    globals: (config.globals ?? []).map(globalWithHooks),
  })
