import { UserError } from '../lib/errors'
import { parseDateline } from './dateline'

/** One top-level block of an imported document; `html` only for formats that have markup. */
export type Block = { kind: 'heading' | 'paragraph' | 'other'; text: string; html?: string }

export type ReleaseParts = {
  headline: string
  subheadline?: string
  lead?: string
  place?: string
  date?: Date
  body: Block[]
}

export type SplitOptions = { headline?: string; file?: string }

const maxHeadlineLength = 200

// The document-type label some offices put above everything else.
const label =
  /^(informacja prasowa|komunikat prasowy|komunikat dla mediów|press release|media release|прес-реліз|пресреліз|повідомлення для преси)$/iu

/** A first line that is not content: a document label or a dateline. */
export const isPreambleLine = (line: string): boolean =>
  label.test(line.trim()) || parseDateline(line) !== null

/** Short, and not a sentence: no final full stop (nor a colon, comma, semicolon or ellipsis). */
const looksLikeHeadline = (block: Block | undefined): block is Block =>
  block !== undefined &&
  block.kind !== 'other' &&
  block.text.length > 0 &&
  block.text.length <= maxHeadlineLength &&
  !/[.:;,…]$/.test(block.text)

/**
 * Finds the parts of a press release in a list of blocks:
 * - leading labels ("INFORMACJA PRASOWA") are dropped, and a dateline ("Kraków, 12 listopada
 *   2026 r.") before or right after the headline gives the place and date;
 * - the headline is `options.headline` or else the first block when it is short (≤ 200 characters)
 *   and has no final full stop; with neither, a UserError says so;
 * - a detected headline may be followed by a subheadline: a short paragraph without a final full
 *   stop, when more text follows;
 * - the lead is the next paragraph, when more text follows; the rest is the body.
 */
export const splitRelease = (input: Block[], options: SplitOptions = {}): ReleaseParts => {
  const blocks = input.filter((b) => b.text.trim().length > 0)
  if (blocks.length === 0)
    throw new UserError(`${options.file ?? 'The file'} is empty: there is no text to import.`)
  const parts: Omit<ReleaseParts, 'headline' | 'body'> = {}

  const takeDateline = () => {
    const dateline = parts.date ? null : parseDateline(blocks[0]?.text ?? '')
    if (dateline) {
      Object.assign(parts, dateline)
      blocks.shift()
    }
  }
  while (blocks.length > 0 && label.test(blocks[0].text.trim())) blocks.shift()
  takeDateline()

  let headline = options.headline?.trim()
  if (!headline) {
    const first = blocks[0]
    if (!looksLikeHeadline(first)) throw noHeadline(first, options.file)
    headline = first.text
    blocks.shift()
    takeDateline()
    if (blocks[0]?.kind === 'paragraph' && looksLikeHeadline(blocks[0]) && blocks.length > 1) {
      parts.subheadline = blocks.shift()!.text
    }
  }
  if (blocks[0]?.kind === 'paragraph' && blocks.length > 1) parts.lead = blocks.shift()!.text
  return { headline, ...parts, body: blocks }
}

/** No headline in the file; each surface says how to give one (a CLI flag, the admin's form). */
export class NoHeadlineError extends UserError {}

const noHeadline = (first: Block | undefined, file = 'the file'): UserError => {
  const why = !first
    ? 'there is no text after the dateline'
    : first.text.length > maxHeadlineLength
      ? `its first paragraph is longer than ${maxHeadlineLength} characters`
      : 'its first paragraph ends like a sentence'
  return new NoHeadlineError(`No headline found in ${file}: ${why}.`)
}
