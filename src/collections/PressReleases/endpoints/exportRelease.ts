import type { PayloadHandler, PayloadRequest } from 'payload'

import type { ReleaseFormat } from '../../../generator/release'

import { sharedPool } from '../../../generator/browser'
import { loadForExport } from '../../../generator/release'
import { releaseKey, renderRelease } from '../../../render/cachedExport'
import { sharedStore } from '../../../render/store'
import {
  etagOfKey,
  fileResponse,
  notModified,
  readExportRequest,
  exportErrorResponse,
} from '../../shared/exportResponse'
import { anonymousAnswer } from '../../shared/anonymousExport'

/**
 * GET /api/press-releases/:id/<format>?locale=pl[&draft=true]. The release is read as the
 * requesting user with access control on, so anonymous readers get only published releases
 * past their embargo, exactly as from the REST API; only then is the render store asked.
 */
export const exportRelease =
  (format: ReleaseFormat): PayloadHandler =>
  async (req: PayloadRequest) => {
    const anonymous = anonymousAnswer(req, 'press-releases', format)
    if (anonymous) return anonymous
    try {
      const { id, load } = readExportRequest(req)
      const deps = { pool: sharedPool(), store: sharedStore() }
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
