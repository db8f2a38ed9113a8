import type { CollectionBeforeOperationHook } from 'payload'

import type { Locale } from '../../../lib/locales'

/**
 * When the office replaces an imported release's provisional headline (its first sentence) before
 * the release was ever published, the slug made from that sentence is made again from the new
 * headline (the slug field's hook makes one when it is empty), unless someone typed another. A
 * published address stays: links to it are out in the world.
 */
export const reslugProvisional: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'update') return args
  const { data, id, locale } = args as {
    data?: { headline?: unknown; slug?: unknown }
    id?: number | string
    locale?: string
  }
  if (!data || id === undefined || typeof data.headline !== 'string') return args
  const stored = await req.payload
    .findByID({
      collection: 'press-releases',
      id,
      draft: true,
      depth: 0,
      locale: (locale ?? req.locale ?? undefined) as Locale,
      overrideAccess: true,
      select: { headline: true, provisionalHeadline: true, slug: true },
      req,
    })
    .catch(() => null)
  // Read back, provisionalHeadline is there only while it is still the headline.
  if (!stored?.provisionalHeadline || data.headline === stored.provisionalHeadline) return args
  if (data.slug !== undefined && data.slug !== stored.slug) return args
  const { totalDocs } = await req.payload.countVersions({
    collection: 'press-releases',
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    req,
  })
  if (totalDocs === 0) data.slug = ''
  return args
}
