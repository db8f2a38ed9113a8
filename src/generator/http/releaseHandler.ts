import type { PayloadHandler, PayloadRequest } from 'payload'

import type { ReleaseFormat } from '../release'

import { sharedPool } from '../browser'
import { releasePrintHtml, loadForExport, renderLoadedRelease } from '../release'
import { errorResponse, fileResponse, readExportRequest, versionTag } from './respond'

/**
 * GET /api/press-releases/:id/<format>?locale=pl[&draft=true]. The release is read as the
 * requesting user with access control on, so anonymous readers get only published releases
 * past their embargo, exactly as from the REST API.
 */
export const releaseHandler =
  (format: ReleaseFormat): PayloadHandler =>
  async (req: PayloadRequest) => {
    try {
      const { id, locale, load } = readExportRequest(req)
      const loaded = await loadForExport(req.payload, id, load)
      const etag = versionTag(format, releasePrintHtml(loaded).html)
      const shared = !req.user && loaded.release._status === 'published'
      const meta = { etag, lastModified: loaded.release.updatedAt, shared }
      if (req.headers.get('if-none-match') === etag) {
        return fileResponse(req, { name: '', contentType: '', data: '' }, meta)
      }
      const file = await renderLoadedRelease(loaded, format, sharedPool())
      return fileResponse(req, file, meta)
    } catch (error) {
      return errorResponse(req, error)
    }
  }
