import { UserError } from '../lib/errors'

/** What one import may be. Larger files are refused before anything is parsed or created. */
export const importLimits = {
  /** The uploaded file (the request body is capped for every upload in payload.config.ts). */
  fileBytes: 5 * 1024 * 1024,
  /** A .docx unpacked: every entry of the zip together, as its directory declares them. */
  docxUnpackedBytes: 20 * 1024 * 1024,
  docxEntries: 1000,
  /** Paragraphs (and headings, list blocks) of one release. */
  paragraphs: 2000,
  /** Reading a .docx runs in a worker that is stopped after this long, or beyond this memory. */
  parseMs: Number(process.env.PRESSROOM_IMPORT_PARSE_MS) || 15_000,
  parseMemoryMb: 256,
}

/** A file the server will not read: too large (413) or too complex to parse (422). */
export class ImportLimitError extends UserError {
  constructor(message: string, httpStatus: 413 | 422) {
    super(message, 1, httpStatus)
    this.name = 'ImportLimitError'
  }
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

export const checkFileSize = (bytes: number, file: string) => {
  if (bytes > importLimits.fileBytes) {
    throw new ImportLimitError(
      `${file} is ${mb(bytes)}; an import may be at most ${mb(importLimits.fileBytes)}.`,
      413,
    )
  }
}

/**
 * Reads a zip's central directory (no decompression) and refuses a .docx that would unpack to more
 * than the limit or holds too many entries: a few kilobytes can declare gigabytes of XML.
 */
export const checkDocxArchive = (zip: Buffer, file: string) => {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (eocd < 0 || eocd + 22 > zip.length) return // not a zip: the reader says so
  const entries = zip.readUInt16LE(eocd + 10)
  const directorySize = zip.readUInt32LE(eocd + 12)
  const directoryStart = zip.readUInt32LE(eocd + 16)
  if (entries === 0xffff || directoryStart === 0xffffffff || entries > importLimits.docxEntries) {
    throw new ImportLimitError(`${file} holds too many parts to be a press release.`, 422)
  }
  let total = 0
  let at = directoryStart
  const end = Math.min(zip.length, directoryStart + directorySize)
  for (let i = 0; i < entries; i++) {
    if (at + 46 > end || zip.readUInt32LE(at) !== 0x02014b50) break
    const unpacked = zip.readUInt32LE(at + 24)
    total += unpacked === 0xffffffff ? Infinity : unpacked
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
  }
  if (total > importLimits.docxUnpackedBytes) {
    throw new ImportLimitError(
      `${file} unpacks to more than ${mb(importLimits.docxUnpackedBytes)}: too large to be a press release.`,
      413,
    )
  }
}

export const checkParagraphs = (count: number, file: string) => {
  if (count > importLimits.paragraphs) {
    throw new ImportLimitError(
      `${file} has ${count} paragraphs; a release may have at most ${importLimits.paragraphs}.`,
      422,
    )
  }
}
