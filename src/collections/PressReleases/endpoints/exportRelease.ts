import type { PayloadHandler, PayloadRequest } from 'payload'

import type { ReleaseFormat } from '../../../generator/release'
import type { RenderedFile } from '../../../render/cachedExport'

import { sharedPool } from '../../../generator/browser'
import { loadForExport } from '../../../generator/release'
import { releaseKey, renderRelease } from '../../../render/cachedExport'
import { rememberRelease } from '../../../render/recent'
import { singleFlight } from '../../../render/singleFlight'
import { sharedStore } from '../../../render/store'
import {
  etagOfKey,
  fileResponse,
  notModified,
  readExportRequest,
  exportErrorResponse,
} from '../../shared/exportResponse'
import { storedForAnonymous } from './storedExport'

// Anonymous readers all have the same access: concurrent ones (the embargo-lift rush) share one
// load of the release and one trip to the store or the renderer.
const forAnonymous = singleFlight<{
  file: RenderedFile
  lastModified: string
}>()

/**
 * GET /api/press-releases/:id/<format>?locale=pl[&draft=true]. The release is read as the
 * requesting user with access control on, so anonymous readers get only published releases
 * past their embargo, exactly as from the REST API; only then is the render store asked.
 */
export const exportRelease =
  (format: ReleaseFormat): PayloadHandler =>
  async (req: PayloadRequest) => {
    try {
      const { id, locale, load } = readExportRequest(req)
      const deps = { pool: sharedPool(), store: sharedStore() }
      if (!req.user && !load.draft) {
        const stored = await storedForAnonymous(req.payload, req, id, locale, format)
        if (stored) return stored
        const { file, lastModified } = await forAnonymous(`${id}|${locale}|${format}`, async () => {
          const loaded = await loadForExport(req.payload, id, load)
          const rendered = await renderRelease(loaded, format, deps)
          rememberRelease(id, loaded, format, rendered)
          return { file: rendered, lastModified: loaded.release.updatedAt }
        })
        return fileResponse(req, file, {
          etag: etagOfKey(file.key),
          lastModified,
          shared: true,
        })
      }
      const loaded = await loadForExport(req.payload, id, load)
      const key = releaseKey(loaded, format)
      const meta = {
        etag: etagOfKey(key),
        lastModified: loaded.release.updatedAt,
        shared: false,
      }
      if (notModified(req, meta.etag))
        return fileResponse(req, { name: '', contentType: '', data: '' }, meta)
      return fileResponse(req, await renderRelease(loaded, format, deps, key), meta)
    } catch (error) {
      return exportErrorResponse(req, error)
    }
  }
