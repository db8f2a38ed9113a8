import { refused } from '../lib/errors'
import { parseDateline } from './dateline'
import { dayNamedIn, type NamedDay } from './namedDate'
import { provisionalHeadlineOf } from './provisionalHeadline'
import { type FoundQuote, quoteOf } from './quoteParagraph'

/** One top-level block of an imported document; `html` only for formats that have markup. */
export type Block = { kind: 'heading' | 'paragraph' | 'other'; text: string; html?: string }

export type ReleaseParts = {
  headline: string
  subheadline?: string
  lead?: string
  place?: string
  date?: Date
  body: Block[]
  /** The headline was made from the first sentence: the admin marks it for review. */
  provisionalHeadline?: true
  /** The day the text names, when there is no dateline ("12 marca", "On 12 March"). */
  namedDay?: NamedDay
  /** Body paragraphs that were quotations with an attribution, taken out of the body. */
  quotes: FoundQuote[]
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
 *   and has no final full stop; with neither, the first sentence of the text, shortened, is a
 *   provisional headline and the text stays whole;
 * - a detected headline may be followed by a subheadline: a short paragraph without a final full
 *   stop, when more text follows;
 * - the lead is the next paragraph, when more text follows; the rest is the body;
 * - a body paragraph that is a quotation with an attribution becomes a quote, not body text;
 * - without a dateline, the first day the lead (or headline) names is the release's day.
 */
export const splitRelease = (input: Block[], options: SplitOptions = {}): ReleaseParts => {
  const blocks = input.filter((b) => b.text.trim().length > 0)
  if (blocks.length === 0) throw refused('refuseImportEmpty', { file: options.file ?? 'The file' })
  const parts: Omit<ReleaseParts, 'headline' | 'body' | 'quotes'> = {}

  const takeDateline = () => {
    const dateline = parts.date ? null : parseDateline(blocks[0]?.text ?? '')
    if (dateline) {
      Object.assign(parts, dateline)
      blocks.shift()
    }
  }
  while (blocks.length > 0 && label.test(blocks[0].text.trim())) blocks.shift()
  takeDateline()
  if (blocks.length === 0) {
    throw refused('refuseImportNoTextAfterDateline', { file: options.file ?? 'The file' })
  }

  let headline = options.headline?.trim()
  if (!headline && looksLikeHeadline(blocks[0])) {
    headline = blocks.shift()!.text
    takeDateline()
    if (blocks[0]?.kind === 'paragraph' && looksLikeHeadline(blocks[0]) && blocks.length > 1) {
      parts.subheadline = blocks.shift()!.text
    }
  } else if (!headline) {
    headline = provisionalHeadlineOf(blocks[0].text)
    parts.provisionalHeadline = true
  }
  if (blocks[0]?.kind === 'paragraph' && blocks.length > 1) parts.lead = blocks.shift()!.text

  const quotes: FoundQuote[] = []
  const body = blocks.filter((block) => {
    const quote = block.kind === 'paragraph' ? quoteOf(block.text) : null
    if (quote) quotes.push(quote)
    return !quote
  })
  if (!parts.date) {
    const named = dayNamedIn(parts.lead ?? body[0]?.text ?? '') ?? dayNamedIn(headline)
    if (named) parts.namedDay = named
  }
  return { headline, ...parts, body, quotes }
}
