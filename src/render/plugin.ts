import type { CollectionConfig, Config, GlobalConfig, Plugin } from 'payload'

import { contentChanged } from './generation'
import { renderOnPublish } from './renderOnPublish'

/** What a release or pack document shows, besides the release itself. */
const cited = ['press-releases', 'press-packs', 'quotes', 'people', 'media', 'boilerplates', 'press-contacts']

const bump = () => contentChanged()

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
 * marks cached keys for re-checking, and a published release is rendered in the background.
 */
export const renderStorePlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map(withHooks),
    globals: (config.globals ?? []).map(globalWithHooks),
  })
