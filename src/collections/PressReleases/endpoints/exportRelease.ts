import type { PayloadHandler, PayloadRequest } from 'payload'

import type { ReleaseFormat } from '../../../generator/release'

import { sharedPool } from '../../../generator/browser'
import { loadForExport } from '../../../generator/release'
import { releaseKey, renderRelease } from '../../../render/cachedExport'
import { sharedStore } from '../../../render/store'
import { errorResponse, etagOfKey, fileResponse, notModified, readExportRequest } from '../../shared/exportResponse'

/**
 * GET /api/press-releases/:id/<format>?locale=pl[&draft=true]. The release is read as the
 * requesting user with access control on, so anonymous readers get only published releases
 * past their embargo, exactly as from the REST API; only then is the render store asked.
 */
export const exportRelease =
  (format: ReleaseFormat): PayloadHandler =>
  async (req: PayloadRequest) => {
    try {
      const { id, load } = readExportRequest(req)
      const loaded = await loadForExport(req.payload, id, load)
      const key = releaseKey(loaded, format)
      const meta = {
        etag: etagOfKey(key),
        lastModified: loaded.release.updatedAt,
        shared: !req.user && loaded.release._status === 'published',
      }
      if (notModified(req, meta.etag)) {
        return fileResponse(req, { name: '', contentType: '', data: '' }, meta)
      }
      const file = await renderRelease(loaded, format, { pool: sharedPool(), store: sharedStore() }, key)
      return fileResponse(req, file, meta)
    } catch (error) {
      return errorResponse(req, error)
    }
  }
