import { UserError, type Wording, wordsIn } from '../lib/errors'

/**
 * What one import may be: a press release is a few thousand words, maybe with photos. Larger files
 * are refused before anything is created; each limit is named in the refusal.
 */
export const importLimits = {
  /** The uploaded file (the request body is capped for every upload in payload.config.ts). */
  fileBytes: 5 * 1024 * 1024,
  /** A .docx unpacked: every entry of the zip together, as its directory declares them. */
  docxUnpackedBytes: 20 * 1024 * 1024,
  /** A .docx unpacked without its images: the XML that is read (a real release has a few hundred KB). */
  docxTextBytes: 2 * 1024 * 1024,
  docxEntries: 1000,
  /** Pictures in a .docx (word/media/); they are dropped, but each is a part to skip. */
  images: 30,
  /** Paragraphs (and headings, list items) of one release. */
  paragraphs: 600,
  /** Words and characters of the text of one release, everything together. */
  words: 10_000,
  characters: 100_000,
  /**
   * Pieces of differently formatted text (Lexical text nodes) in the body. A real release has a
   * few dozen; each piece costs the save (validation, versions, search text) on the request
   * thread, and 10,000 of them held reads back for 300 ms.
   */
  formattedPieces: 2_000,
  /** Converting runs in a worker that is stopped after this long, or beyond this memory. */
  parseMs: Number(process.env.PRESSROOM_IMPORT_PARSE_MS) || 60_000,
  parseMemoryMb: 512,
}

/** A file the server will not read: too large (413) or too complex to parse (422). */
export class ImportLimitError extends UserError {
  constructor(wording: Wording, httpStatus: 413 | 422) {
    super(wordsIn('en')(wording.key, wording.vars), 1, httpStatus, wording)
    this.name = 'ImportLimitError'
  }
}

const tooMuch = (key: Wording['key'], vars: Record<string, unknown>, httpStatus: 413 | 422) =>
  new ImportLimitError({ key, vars }, httpStatus)

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`
const count = (n: number) => n.toLocaleString('en')

export const checkFileSize = (bytes: number, file: string) => {
  if (bytes > importLimits.fileBytes) {
    throw tooMuch(
      'refuseImportFileSize',
      { file, size: mb(bytes), limit: mb(importLimits.fileBytes) },
      413,
    )
  }
}

/**
 * Reads a zip's central directory (no decompression) and refuses a .docx that would unpack to more
 * than the limits, holds too many entries or pictures: a few kilobytes can declare gigabytes of XML.
 */
export const checkDocxArchive = (zip: Buffer, file: string) => {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (eocd < 0 || eocd + 22 > zip.length) return // not a zip: the reader says so
  const entries = zip.readUInt16LE(eocd + 10)
  const directorySize = zip.readUInt32LE(eocd + 12)
  const directoryStart = zip.readUInt32LE(eocd + 16)
  if (entries === 0xffff || directoryStart === 0xffffffff || entries > importLimits.docxEntries) {
    throw tooMuch('refuseImportParts', { file }, 422)
  }
  let total = 0
  let text = 0
  let images = 0
  let at = directoryStart
  const end = Math.min(zip.length, directoryStart + directorySize)
  for (let i = 0; i < entries; i++) {
    if (at + 46 > end || zip.readUInt32LE(at) !== 0x02014b50) break
    const declared = zip.readUInt32LE(at + 24)
    const unpacked = declared === 0xffffffff ? Infinity : declared
    const nameLength = zip.readUInt16LE(at + 28)
    const name = zip.toString('latin1', at + 46, at + 46 + nameLength)
    total += unpacked
    if (/^word\/(media|embeddings)\//.test(name)) images += 1
    else text += unpacked
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
  }
  if (total > importLimits.docxUnpackedBytes) {
    throw tooMuch('refuseImportUnpacked', { file, limit: mb(importLimits.docxUnpackedBytes) }, 413)
  }
  if (text > importLimits.docxTextBytes) {
    throw tooMuch('refuseImportXml', { file, limit: mb(importLimits.docxTextBytes) }, 413)
  }
  if (images > importLimits.images) {
    throw tooMuch(
      'refuseImportImages',
      { file, count: count(images), limit: importLimits.images },
      422,
    )
  }
}

export const checkParagraphs = (paragraphs: number, file: string) => {
  if (paragraphs > importLimits.paragraphs) {
    throw tooMuch(
      'refuseImportParagraphs',
      { file, count: count(paragraphs), limit: count(importLimits.paragraphs) },
      422,
    )
  }
}

/** Words and characters of all the text an import keeps. */
export const checkTextSize = (texts: string[], file: string) => {
  let characters = 0
  let words = 0
  for (const text of texts) {
    characters += text.length
    words += text.split(/\s+/).filter(Boolean).length
  }
  if (characters > importLimits.characters) {
    throw tooMuch(
      'refuseImportCharacters',
      { file, count: count(characters), limit: count(importLimits.characters) },
      413,
    )
  }
  if (words > importLimits.words) {
    throw tooMuch(
      'refuseImportWords',
      { file, count: count(words), limit: count(importLimits.words) },
      413,
    )
  }
}

/** Pieces of differently formatted text in the converted body (see `importLimits.formattedPieces`). */
export const checkFormattedPieces = (pieces: number, file: string) => {
  if (pieces > importLimits.formattedPieces) {
    throw tooMuch(
      'refuseImportFormattedPieces',
      { file, count: count(pieces), limit: count(importLimits.formattedPieces) },
      422,
    )
  }
}
