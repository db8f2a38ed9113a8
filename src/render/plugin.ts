import type { CollectionConfig, Config, GlobalConfig, PayloadRequest, Plugin } from 'payload'

import { bumpGeneration } from './generation'
import { renderOnPublish } from './renderOnPublish'

/** What a release or pack document shows, besides the release itself. */
const cited = ['press-releases', 'press-packs', 'quotes', 'people', 'media', 'boilerplates', 'press-contacts']

// In the save's transaction: another server reads the new generation once the save has returned.
const bump = async <T>({ doc, req }: { doc: T; req: PayloadRequest }): Promise<T> => {
  await bumpGeneration(req.payload, req)
  return doc
}

const withHooks = (collection: CollectionConfig): CollectionConfig => {
  if (!cited.includes(collection.slug)) return collection
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [
        ...(hooks.afterChange ?? []),
        bump,
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
 * The render store's hooks, added to the collections rather than written into each: any save
 * moves the shared content generation (remembered keys are re-checked), and a published release
 * is rendered in the background.
 */
export const renderStorePlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map(withHooks),
    globals: (config.globals ?? []).map(globalWithHooks),
  })
