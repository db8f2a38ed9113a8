import type { Payload } from 'payload'

import type { LoadedPack, PackFormat } from '../generator/pack'
import type { LoadedRelease, ReleaseFormat } from '../generator/release'
import type { RenderedFile } from './cachedExport'

import { packVisibleFrom, releaseVisibleFrom } from '../access/visibility'
import { currentGeneration } from './generation'
import { templatesStamp } from './key'

export type DocumentKind = 'release' | 'pack'

export type Known = {
  updatedAt: string
  /** From when anonymous readers may see the document as it stands (visibility.ts). */
  publicFrom: string
  generation: number
  templates: string
  key: string
  name: string
  contentType: string
  /** The content generation of the database the note was taken against, read now. */
  generationNow: () => Promise<number>
}

// Shared by every bundle of this process, like the content generation.
const known = ((globalThis as { __pressroomRecent?: Map<string, Known> }).__pressroomRecent ??=
  new Map())
const limit = 10_000
const entry = (kind: DocumentKind, ref: string, locale: string, format: string) =>
  `${kind}|${ref}|${locale}|${format}`

/** Whether a key was remembered for this request at all (no database needed to say no). */
export const mayBeRecent = (
  kind: DocumentKind,
  ref: string,
  locale: string,
  format: string,
): boolean => known.has(entry(kind, ref, locale, format))

const remember = (
  payload: Payload,
  at: Parameters<typeof entry>,
  publicFrom: string | null,
  updatedAt: string,
  file: RenderedFile,
  generation: number,
) => {
  if (!publicFrom) return
  if (known.size >= limit) known.delete(known.keys().next().value as string)
  known.set(entry(...at), {
    updatedAt,
    publicFrom,
    generation,
    templates: templatesStamp(),
    key: file.key,
    name: file.name,
    contentType: file.contentType,
    generationNow: () => currentGeneration(payload),
  })
}

/**
 * Notes the key a published release rendered to for an anonymous reader, for the next one.
 * `generation` must be read before the release was loaded: a save during the load then makes the
 * note stale at once instead of hiding behind the newer number.
 */
export const rememberRelease = (
  payload: Payload,
  ref: string,
  loaded: LoadedRelease,
  format: ReleaseFormat,
  file: RenderedFile,
  generation: number,
) =>
  remember(
    payload,
    ['release', ref, loaded.locale, format],
    loaded.draft ? null : releaseVisibleFrom(loaded.release),
    loaded.release.updatedAt,
    file,
    generation,
  )

/** The same for a published pack, public once the last of its releases is. */
export const rememberPack = (
  payload: Payload,
  ref: string,
  loaded: LoadedPack,
  format: PackFormat,
  file: RenderedFile,
  generation: number,
) =>
  remember(
    payload,
    ['pack', ref, loaded.locale, format],
    loaded.draft
      ? null
      : packVisibleFrom(
          loaded.pack,
          loaded.releases.map((r) => r.release),
        ),
    loaded.pack.updatedAt,
    file,
    generation,
  )

/**
 * The render key for an anonymous reader without any Payload work: the document was public when
 * the key was noted and is public at `now` (its embargo has passed), nothing was saved anywhere on
 * the database since (one read of the shared content generation: `generationNow`, else that of the
 * database the note was taken against), and the templates are the same. Otherwise null, and the
 * full path decides.
 */
export const recentKey = async (
  kind: DocumentKind,
  ref: string,
  locale: string,
  format: string,
  now: Date = new Date(),
  generationNow?: () => Promise<number>,
): Promise<Known | null> => {
  const k = known.get(entry(kind, ref, locale, format))
  if (!k || new Date(k.publicFrom).getTime() > now.getTime()) return null
  if (k.templates !== templatesStamp()) return null
  return k.generation === (await (generationNow ?? k.generationNow)()) ? k : null
}
