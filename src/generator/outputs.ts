import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

export type OutputFile = { name: string; contentType: string; data: Uint8Array | string }

export const contentTypes = {
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  zip: 'application/zip',
} as const

export type Format = keyof typeof contentTypes

/** `<slug>.<locale>.<ext>`, with anything unsafe for a file name taken out. */
export const fileName = (slug: string, locale: string, ext: string): string =>
  `${slug.replace(/[^a-z0-9-]/gi, '-') || 'release'}.${locale}.${ext}`

/**
 * Writes each file to a temporary name beside its target, then renames it into place: a reader
 * never sees half a file, and a failure leaves nothing partial in the folder.
 */
export const writeFiles = async (dir: string, files: OutputFile[]): Promise<string[]> => {
  await fs.mkdir(dir, { recursive: true })
  const written: string[] = []
  for (const file of files) {
    const target = path.join(dir, path.basename(file.name))
    const temp = path.join(
      dir,
      `.${path.basename(file.name)}.${crypto.randomBytes(4).toString('hex')}.tmp`,
    )
    try {
      await fs.writeFile(temp, file.data)
      await fs.rename(temp, target)
    } catch (error) {
      await fs.rm(temp, { force: true })
      throw error
    }
    written.push(target)
  }
  return written
}
