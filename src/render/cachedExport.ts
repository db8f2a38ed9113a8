import type { BrowserPool } from '../generator/browser'
import type { LoadedPack, PackFormat } from '../generator/pack'
import type { LoadedRelease, ReleaseFormat } from '../generator/release'

import { contentTypes, fileName, type OutputFile } from '../generator/outputs'
import { packPdf, packZip } from '../generator/pack'
import { renderLoadedRelease } from '../generator/release'
import { templatesChanged } from '../generator/templateCache'
import { officeStamps, packStamps, releaseStamps, renderKey, templatesStamp } from './key'
import { singleFlight } from './singleFlight'
import { type RenderStore } from './store'

/** A document ready to send, with its render key (the ETag) and whether it came from the store. */
export type RenderedFile = OutputFile & { key: string; fromStore: boolean }

export type RenderDeps = { pool: BrowserPool; store: RenderStore }

// One rendering per key in the process: the background rendering at publication and the readers'.
const shareRender = singleFlight<Uint8Array>('render')

let seenTemplates: string | undefined
/** The generator keeps compiled templates: tell it when their files changed since last time. */
const noticeTemplateEdits = () => {
  const stamp = templatesStamp()
  if (seenTemplates !== undefined && stamp !== seenTemplates) templatesChanged()
  seenTemplates = stamp
}

const bytesOf = (data: Uint8Array | string): Uint8Array =>
  typeof data === 'string' ? new TextEncoder().encode(data) : data

/**
 * Published documents are read from the store, or rendered once (concurrent misses share the
 * rendering) and stored. Drafts are rendered every time: staff want what they just saved.
 */
const throughStore = async (
  key: string,
  cacheable: boolean,
  file: Omit<OutputFile, 'data'>,
  render: () => Promise<Uint8Array>,
  { store }: RenderDeps,
): Promise<RenderedFile> => {
  noticeTemplateEdits()
  if (!cacheable) return { ...file, data: await render(), key, fromStore: false }
  const stored = await store.get(key)
  if (stored) return { ...file, data: stored, key, fromStore: true }
  const data = await shareRender(key, async () => {
    const bytes = await render()
    await store.put(key, bytes)
    return bytes
  })
  return { ...file, data, key, fromStore: false }
}

export const releaseKey = (loaded: LoadedRelease, format: ReleaseFormat): string =>
  renderKey({
    kind: 'release',
    format,
    locale: loaded.locale,
    draft: loaded.draft,
    stamps: [...releaseStamps(loaded.release), ...officeStamps(loaded.office)],
  })

const isCacheable = (status: string | null | undefined, draft: boolean) =>
  !draft && status === 'published'

/** One release in one format: from the store when published, else rendered. */
export const renderRelease = (
  loaded: LoadedRelease,
  format: ReleaseFormat,
  deps: RenderDeps,
  key: string = releaseKey(loaded, format),
): Promise<RenderedFile> => {
  const slug = loaded.release.slug ?? String(loaded.release.id)
  return throughStore(
    key,
    isCacheable(loaded.release._status, loaded.draft),
    { name: fileName(slug, loaded.locale, format), contentType: contentTypes[format] },
    async () => bytesOf((await renderLoadedRelease(loaded, format, deps.pool)).data),
    deps,
  )
}

export const packKey = (loaded: LoadedPack, format: PackFormat): string =>
  renderKey({
    kind: 'pack',
    format,
    locale: loaded.locale,
    draft: loaded.draft,
    stamps: [
      ...packStamps(loaded.pack),
      ...officeStamps(loaded.office),
      ...loaded.releases.flatMap((r) => releaseStamps(r.release)),
    ],
  })

/** A press pack as PDF or ZIP: from the store when it and every release in it are published. */
export const renderPack = (
  loaded: LoadedPack,
  format: PackFormat,
  deps: RenderDeps,
  key: string = packKey(loaded, format),
): Promise<RenderedFile> => {
  const published =
    isCacheable(loaded.pack._status, loaded.draft) &&
    loaded.releases.every((r) => isCacheable(r.release._status, r.draft))
  return throughStore(
    key,
    published,
    {
      name: fileName(loaded.pack.slug ?? String(loaded.pack.id), loaded.locale, format),
      contentType: contentTypes[format],
    },
    () => (format === 'pdf' ? packPdf(loaded, deps.pool) : packZip(loaded, deps.pool)),
    deps,
  )
}
