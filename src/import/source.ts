import fs from 'node:fs/promises'
import path from 'node:path'

import { refused } from '../lib/errors'
import { checkDocxArchive, checkFileSize } from './limits'

export type Source = { format: 'text' | 'docx'; bytes: Buffer }

const textExtensions = new Set(['.txt', '.text'])

/**
 * The file's bytes, checked: a known format, readable, not empty, within the size limit, and for a
 * .docx, its zip directory within the unpacked limits (a quick read, before any worker starts).
 */
export const readSource = async (file: string): Promise<Source> => {
  const ext = path.extname(file).toLowerCase()
  if (!textExtensions.has(ext) && ext !== '.docx') {
    throw refused('refuseImportFormat', { file }, 400, 2)
  }
  const bytes = await readBytes(file)
  if (bytes.length === 0) throw refused('refuseImportEmpty', { file })
  checkFileSize(bytes.length, file)
  if (ext !== '.docx') return { format: 'text', bytes }
  checkDocxArchive(bytes, file)
  return { format: 'docx', bytes }
}

const readBytes = async (file: string): Promise<Buffer> => {
  try {
    return await fs.readFile(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a directory'
            : (error as Error).message
    throw refused('refuseImportUnreadable', { file, why })
  }
}
