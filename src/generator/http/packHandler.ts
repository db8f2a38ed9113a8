import type { PayloadHandler, PayloadRequest } from 'payload'

import type { PackFormat } from '../pack'

import { sharedPool } from '../browser'
import { buildPackView, loadPack, packPdf, packZip } from '../pack'
import { printAssets } from '../assets'
import { renderPackHtml } from '../handlebars'
import { contentTypes, fileName } from '../outputs'
import { errorResponse, fileResponse, readExportRequest, versionTag } from './respond'

/** GET /api/press-packs/:id/<pdf|zip>?locale=pl — the same access rules as reading the pack. */
export const packHandler =
  (format: PackFormat): PayloadHandler =>
  async (req: PayloadRequest) => {
    try {
      const { id, locale, load } = readExportRequest(req)
      const loaded = await loadPack(req.payload, id, load)
      const etag = versionTag(format, renderPackHtml(buildPackView(loaded, printAssets(loaded.mediaDir), null)))
      const meta = {
        etag,
        lastModified: loaded.pack.updatedAt,
        shared: !req.user && loaded.pack._status === 'published',
        attachment: format === 'zip',
      }
      const name = fileName(loaded.pack.slug ?? String(loaded.pack.id), locale, format)
      if (req.headers.get('if-none-match') === etag) {
        return fileResponse(req, { name, contentType: contentTypes[format], data: '' }, meta)
      }
      const pool = sharedPool()
      const data = format === 'pdf' ? await packPdf(loaded, pool) : await packZip(loaded, pool)
      return fileResponse(req, { name, contentType: contentTypes[format], data }, meta)
    } catch (error) {
      return errorResponse(req, error)
    }
  }
