import fs from 'node:fs/promises'
import path from 'node:path'

import { UserError } from '../lib/errors'
import { docxToHtml } from './docx'
import { checkFileSize } from './limits'

export type Source = { format: 'text'; text: string } | { format: 'docx'; html: string }

const textExtensions = new Set(['.txt', '.text'])

/** The file's content, checked: a known format, readable, UTF-8 if text, and not empty. */
export const readSource = async (file: string): Promise<Source> => {
  const ext = path.extname(file).toLowerCase()
  if (!textExtensions.has(ext) && ext !== '.docx') {
    throw new UserError(`Cannot import ${file}: use a .txt or .docx file.`, 2)
  }
  const bytes = await readBytes(file)
  if (bytes.length === 0) throw new UserError(`${file} is empty: there is no text to import.`)
  checkFileSize(bytes.length, file)
  if (ext === '.docx') return { format: 'docx', html: await docxToHtml(bytes, file) }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new UserError(`${file} is not UTF-8 text: save it as UTF-8 and import it again.`)
  }
  if (text.trim() === '') throw new UserError(`${file} is empty: there is no text to import.`)
  return { format: 'text', text }
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
    throw new UserError(`Cannot read ${file}: ${why}.`)
  }
}
