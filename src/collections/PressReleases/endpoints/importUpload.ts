import type { Endpoint } from 'payload'

import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { addDataAndFileToRequest } from 'payload'

import { UserError } from '../../../lib/errors'
import { importLimits } from '../../../import/limits'

const jsonError = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/**
 * POST /api/press-releases/import?locale=pl (multipart, field `file`) — staff only: the CLI's
 * import from the admin; answers { id, slug, headline, locale, url } of the new draft.
 */
export const importUploadEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return jsonError(401, 'Log in to import a release')
    await addDataAndFileToRequest(req)
    const file = req.file
    if (!file?.data?.length) return jsonError(400, 'Choose a .txt or .docx file to import')
    if (file.data.length > importLimits.fileBytes) {
      return jsonError(
        413,
        `The file is larger than the ${importLimits.fileBytes / 1024 / 1024} MB an import may be.`,
      )
    }
    const query = (key: string) => {
      const value = req.searchParams?.get(key) ?? (req.data?.[key] as string | undefined)
      return value ? String(value) : undefined
    }
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pressroom-import-'))
    // Keep only the base name: the extension picks the parser, the name appears in messages.
    const name = path.basename(file.name || 'release.txt').replace(/[^\p{L}\p{N}._ -]/gu, '_')
    const target = path.join(dir, name)
    try {
      await fs.writeFile(target, file.data)
      const { importRelease } = await import('../../../import')
      const result = await importRelease(req.payload, target, {
        locale: query('locale'),
        headline: query('headline'),
      })
      return Response.json(
        {
          ...result,
          url: `${req.payload.config.routes.admin}/collections/press-releases/${result.id}`,
        },
        { status: 201 },
      )
    } catch (error) {
      if (error instanceof UserError) {
        return jsonError(error.httpStatus, error.message.replaceAll(target, name))
      }
      req.payload.logger.error({ err: error }, 'Import failed')
      return jsonError(500, 'The import failed')
    } finally {
      await fs.rm(dir, { recursive: true, force: true })
    }
  },
}
