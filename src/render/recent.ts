import type { Payload } from 'payload'

import type { LoadedRelease, ReleaseFormat } from '../generator/release'
import type { RenderedFile } from './cachedExport'

import { releasePublicFrom } from '../access/publicFrom'
import { currentGeneration } from './generation'
import { templatesStamp } from './key'

export type Known = {
  updatedAt: string
  /** When anonymous readers may see the release (its embargo's end, or its creation). */
  publicFrom: string
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

/**
 * Notes the key a published release rendered to for an anonymous reader, for the next one.
 * `generation` must be read before the release was loaded: a save during the load then makes the
 * note stale at once instead of hiding behind the newer number.
 */
export const rememberRelease = (
  ref: string,
  loaded: LoadedRelease,
  format: ReleaseFormat,
  file: RenderedFile,
  generation: number,
) => {
  const publicFrom = releasePublicFrom(loaded.release)
  if (loaded.draft || !publicFrom) return
  if (known.size >= limit) known.delete(known.keys().next().value as string)
  known.set(entry(ref, loaded.locale, format), {
    updatedAt: loaded.release.updatedAt,
    publicFrom,
    generation,
    templates: templatesStamp(),
    key: file.key,
    name: file.name,
    contentType: file.contentType,
  })
}

/**
 * The render key for an anonymous reader without any Payload work: the release was public when
 * the key was noted and is public at `now` (its embargo has passed), nothing was saved anywhere on
 * this database since (one read of the shared content generation), and the templates are the
 * same. Otherwise null, and the full path decides.
 */
export const recentKey = async (
  payload: Payload,
  ref: string,
  locale: string,
  format: ReleaseFormat,
  now: Date = new Date(),
): Promise<Known | null> => {
  const k = known.get(entry(ref, locale, format))
  if (!k || new Date(k.publicFrom).getTime() > now.getTime()) return null
  if (k.templates !== templatesStamp()) return null
  return k.generation === (await currentGeneration(payload)) ? k : null
}
