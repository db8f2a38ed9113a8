/**
 * How the newsroom's search compares text: lower case, no diacritics ("Kraków" → "krakow",
 * "źródła" → "zrodla", "й" → "и"), one character for one character so positions found in the
 * folded text are positions in the original (for marking matches).
 */
const special: Record<string, string> = { ł: 'l', Ł: 'l', đ: 'd', ø: 'o', ß: 's', ı: 'i' }

const foldChar = (ch: string): string => {
  if (special[ch]) return special[ch]
  const base = ch
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
  return base.length === 1 ? base : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch
}

export const foldForSearch = (text: string): string => {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    // Surrogate pairs (emoji) stay as they are, two units for two units.
    out += code >= 0xd800 && code <= 0xdfff ? text[i] : foldChar(text[i])
  }
  return out
}

/** The words of a query, folded; at most 10, each at least 2 characters. */
export const searchWords = (query: string): string[] =>
  [
    ...new Set(
      foldForSearch(query)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length >= 2),
    ),
  ].slice(0, 10)

/** What a release's search text is made of, per language: headline, lead, body. */
export const SECTION = '\u2029'

export const releaseSearchText = (parts: {
  headline?: string | null
  lead?: string | null
  body?: string | null
}) => foldForSearch([parts.headline ?? '', parts.lead ?? '', parts.body ?? ''].join(SECTION))
