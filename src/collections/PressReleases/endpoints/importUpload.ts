import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { refused, UserError } from '../../../lib/errors'
import { importLimits } from '../../../import/limits'
import { readOfficeTimezone } from '../../../lib/settings'
import { adminLanguageOf } from '../../../lib/locales'
import { staffEndpoint } from '../../../lib/staffEndpoint'
import { say } from '../../../lib/translations'

const tooLarge = () =>
  refused('refuseImportTooLarge', { mb: importLimits.fileBytes / 1024 / 1024 }, 413)

/** The same refusal naming the file as the person chose it, not the server's temporary copy. */
const naming = (error: UserError, target: string, name: string): UserError => {
  const vars = error.wording?.vars
  return new UserError(
    error.message.replaceAll(target, name),
    1,
    error.httpStatus,
    error.wording && {
      key: error.wording.key,
      vars: vars && { ...vars, ...(vars.file === target ? { file: name } : {}) },
    },
  )
}

/**
 * POST /api/press-releases/import?locale=pl[&headline=…] (multipart, field `file`; `headline` may
 * also be a form field) — staff only: the CLI's import from the admin; answers the new draft
 * (ImportResult: id, slug, headline, provisionalHeadline, date, dateSource, quotes), its url, and
 * `message`, what the import did in the admin's language.
 */
export const importUploadEndpoint = staffEndpoint({
  path: '/import',
  method: 'post',
  logIn: 'refuseLogInImportRelease',
  bodyLimit: { bytes: importLimits.fileBytes, refusal: () => tooLarge() },
  handler: async (req) => {
    const file = req.file
    if (!file?.data?.length) throw refused('refuseImportNoFile')
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
      const { importSummary } = await import('../../../import/summary')
      const result = await importRelease(req.payload, target, {
        locale: query('locale'),
        headline: query('headline')?.trim() || undefined,
      }).catch((error: unknown) => {
        // The file's message names the temporary copy.
        throw error instanceof UserError ? naming(error, target, name) : error
      })
      const language = adminLanguageOf(req.i18n?.language)
      const summary = importSummary(
        result,
        (key, vars) => say(req.t, key, vars),
        language,
        await readOfficeTimezone(req.payload, req),
      )
      return Response.json(
        {
          ...result,
          message: summary.join(' '),
          url: `${req.payload.config.routes.admin}/collections/press-releases/${result.id}`,
        },
        { status: 201 },
      )
    } finally {
      await fs.rm(dir, { recursive: true, force: true })
    }
  },
})
