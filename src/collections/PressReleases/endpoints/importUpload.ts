import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { UserError } from '../../../lib/errors'
import { importLimits } from '../../../import/limits'
import { staffEndpoint } from '../../../lib/staffEndpoint'
import { say } from '../../../lib/translations'

const tooLarge = () =>
  new UserError(
    `The file is larger than the ${importLimits.fileBytes / 1024 / 1024} MB an import may be.`,
    1,
    413,
  )

/**
 * POST /api/press-releases/import?locale=pl (multipart, field `file`) — staff only: the CLI's
 * import from the admin; answers { id, slug, headline, locale, url } of the new draft.
 */
export const importUploadEndpoint = staffEndpoint({
  path: '/import',
  method: 'post',
  doing: 'import a release',
  bodyLimit: { bytes: importLimits.fileBytes, refusal: () => tooLarge() },
  handler: async (req) => {
    const file = req.file
    if (!file?.data?.length) throw new UserError('Choose a .txt or .docx file to import', 1, 400)
    if (file.data.length > importLimits.fileBytes) throw tooLarge()
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
      const { NoHeadlineError } = await import('../../../import/parse')
      const result = await importRelease(req.payload, target, {
        locale: query('locale'),
        headline: query('headline'),
      }).catch((error: unknown) => {
        // The file's message names the temporary copy; the admin's form has no --headline.
        if (error instanceof NoHeadlineError) throw new UserError(say(req.t, 'importNoHeadline'))
        if (error instanceof UserError)
          throw new UserError(error.message.replaceAll(target, name), 1, error.httpStatus)
        throw error
      })
      return Response.json(
        {
          ...result,
          url: `${req.payload.config.routes.admin}/collections/press-releases/${result.id}`,
        },
        { status: 201 },
      )
    } finally {
      await fs.rm(dir, { recursive: true, force: true })
    }
  },
})
