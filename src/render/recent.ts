import type { Payload } from 'payload'

import type { LoadedRelease, ReleaseFormat } from '../generator/release'
import type { RenderedFile } from './cachedExport'

import { refWhere } from '../generator/loadRelease'
import { contentGeneration } from './generation'
import { templatesStamp } from './key'

export type Known = {
  releaseId: number | string
  updatedAt: string
  generation: number
  templates: string
  key: string
  name: string
  contentType: string
}

// Shared by every bundle of this process, like the content generation.
const known = ((globalThis as { __pressroomRecent?: Map<string, Known> }).__pressroomRecent ??= new Map())
const limit = 10_000
const entry = (ref: string, locale: string, format: string) => `${ref}|${locale}|${format}`

/** Whether a key was remembered for this request at all (no database needed to say no). */
export const mayBeRecent = (ref: string, locale: string, format: string): boolean => known.has(entry(ref, locale, format))

/** Notes the key a published release rendered to for an anonymous reader, for the next one. */
export const rememberRelease = (ref: string, loaded: LoadedRelease, format: ReleaseFormat, file: RenderedFile) => {
  if (loaded.draft || loaded.release._status !== 'published') return
  if (known.size >= limit) known.delete(known.keys().next().value as string)
  known.set(entry(ref, loaded.locale, format), {
    releaseId: loaded.release.id,
    updatedAt: loaded.release.updatedAt,
    generation: contentGeneration(),
    templates: templatesStamp(),
    key: file.key,
    name: file.name,
    contentType: file.contentType,
  })
}

/**
 * The render key for an anonymous reader, without loading the release and all it cites: nothing
 * was saved in this process since the key was computed, the templates are unchanged, and the
 * release, read with the reader's access rules (so an embargo still hides it), is the same
 * version. Otherwise null, and the full path decides.
 */
export const recentKey = async (
  payload: Payload,
  ref: string,
  locale: string,
  format: ReleaseFormat,
): Promise<Known | null> => {
  const k = known.get(entry(ref, locale, format))
  if (!k || k.generation !== contentGeneration() || k.templates !== templatesStamp()) return null
  // No user: the anonymous reader's access rules.
  const { docs } = await payload.find({
    collection: 'press-releases',
    where: { and: [refWhere(ref), { _status: { equals: 'published' } }] },
    select: { updatedAt: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
  })
  const release = docs[0]
  return release && release.id === k.releaseId && release.updatedAt === k.updatedAt ? k : null
}
