import type { PayloadHandler, PayloadRequest } from 'payload'

import type { PackFormat } from '../../../generator/pack'

import { sharedPool } from '../../../generator/browser'
import { loadPack } from '../../../generator/pack'
import { packKey, renderPack } from '../../../render/cachedExport'
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
 * GET /api/press-packs/:id/<pdf|zip>?locale=pl — the same access rules as reading the pack;
 * anonymous readers are served from the render store (see exportPackForAnonymous).
 */
export const exportPack =
  (format: PackFormat): PayloadHandler =>
  async (req: PayloadRequest) => {
    const anonymous = anonymousAnswer(req, 'press-packs', format)
    if (anonymous) return anonymous
    try {
      const { id, load } = readExportRequest(req)
      const loaded = await loadPack(req.payload, id, load)
      const key = packKey(loaded, format)
      const meta = {
        etag: etagOfKey(key),
        lastModified: loaded.pack.updatedAt,
        // Staff and drafts only reach here (anonymous readers returned above): never shared.
        shared: false,
        attachment: format === 'zip',
      }
      if (notModified(req, meta.etag)) {
        return fileResponse(req, { name: '', contentType: '', data: '' }, meta)
      }
      const file = await renderPack(
        loaded,
        format,
        { pool: sharedPool(), store: sharedStore() },
        key,
      )
      return fileResponse(req, file, meta)
    } catch (error) {
      return exportErrorResponse(req, error)
    }
  }
