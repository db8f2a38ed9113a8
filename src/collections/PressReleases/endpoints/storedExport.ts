import type { Payload } from 'payload'

import type { ReleaseFormat } from '../../../generator/release'
import type { Locale } from '../../../lib/locales'
import type { RenderedFile } from '../../../render/cachedExport'

import { sharedPool } from '../../../generator/browser'
import { loadForExport } from '../../../generator/release'
import { renderRelease } from '../../../render/cachedExport'
import { currentGeneration } from '../../../render/generation'
import { recentKey, rememberRelease } from '../../../render/recent'
import { singleFlight } from '../../../render/singleFlight'
import { sharedStore } from '../../../render/store'
import { etagOfKey, fileResponse, notModified } from '../../shared/exportResponse'

type Request = { headers: Headers }

/**
 * A published release's document for an anonymous reader, straight from the render store when
 * its key is known to be current at `now` (see recentKey); null when the full export must decide.
 */
export const storedForAnonymous = async (
  payload: Payload,
  request: Request,
  ref: string,
  locale: string,
  format: ReleaseFormat,
  now: Date = new Date(),
): Promise<Response | null> => {
  const recent = await recentKey(payload, ref, locale, format, now)
  if (!recent) return null
  const meta = { etag: etagOfKey(recent.key), lastModified: recent.updatedAt, shared: true }
  if (notModified(request, meta.etag)) return fileResponse(request, { ...recent, data: '' }, meta)
  const data = await sharedStore().get(recent.key)
  return data ? fileResponse(request, { ...recent, data }, meta) : null
}

// Anonymous readers all have the same access: concurrent ones (the embargo-lift rush) share one
// load of the release and one trip to the store or the renderer.
const forAnonymous = singleFlight<{ file: RenderedFile; lastModified: string }>()

/**
 * The anonymous export: from the store when the key is known to be current, else the release is
 * read as an anonymous reader (access rules on, so an embargo hides it: UserError 404) and its
 * document taken from the store or rendered, once for all concurrent readers. No Payload request
 * is needed, so the route in front of the REST API can answer with it.
 */
export const exportForAnonymous = async (
  payload: Payload,
  request: Request,
  ref: string,
  locale: Locale,
  format: ReleaseFormat,
): Promise<Response> => {
  const stored = await storedForAnonymous(payload, request, ref, locale, format)
  if (stored) return stored
  const { file, lastModified } = await forAnonymous(`${ref}|${locale}|${format}`, async () => {
    const generation = await currentGeneration(payload)
    const loaded = await loadForExport(payload, ref, { locale, overrideAccess: false })
    const rendered = await renderRelease(loaded, format, { pool: sharedPool(), store: sharedStore() })
    rememberRelease(ref, loaded, format, rendered, generation)
    return { file: rendered, lastModified: loaded.release.updatedAt }
  })
  return fileResponse(request, file, { etag: etagOfKey(file.key), lastModified, shared: true })
}
