import type { Locale } from '../lib/locales'

const NBSP = '\u00a0'

// One-letter words that must not end a line (Polish and Ukrainian typesetting rules).
const oneLetterWords: Record<Locale, string> = {
  pl: 'aiouwzAIOUWZ',
  uk: 'авзіуоїйяАВЗІУОЇЙЯ',
  en: '',
}

const units = [
  'km²',
  'km2',
  'km',
  'm²',
  'm2',
  'm³',
  'm3',
  'm',
  'cm',
  'mm',
  'ha',
  'kg',
  't',
  'l',
  'zł',
  'gr',
  'PLN',
  'EUR',
  'USD',
  '€',
  '%',
  'proc.',
  'tys.',
  'mln',
  'mld',
  'r.',
  'km/h',
  '°C',
  'h',
  'min',
  'MW',
  'kW',
  'kWh',
  'MWh',
  'GWh',
  'osób',
  'os.',
  'szt.',
  'lat',
  'dni',
  'godz.',
  'грн',
  'тис.',
  'млн',
  'млрд',
  'км',
  'м',
  'кг',
  'р.',
  'осіб',
]
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
const unitRe = new RegExp(
  `(\\d) (${units
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|')})(?=$|[\\s.,;:!?)”«»"'])`,
  'gu',
)

// Outer and inner quotation marks per locale: Polish nests »…« inside „…” (as PWN's rules give),
// English ‘…’ inside “…”, Ukrainian „…“ inside «…».
const quotePairs: Record<Locale, [string, string]> = {
  pl: ['„', '”'],
  en: ['“', '”'],
  uk: ['«', '»'],
}
const innerPairs: Record<Locale, [string, string]> = {
  pl: ['»', '«'],
  en: ['‘', '’'],
  uk: ['„', '“'],
}

// Every double quotation mark a writer may have typed, straight or typographic, in any style.
const doubleQuotes = '"„“”«»'
const opensAfter = /[\s(\[\u00a0\u2013\u2014/]/u

/**
 * Double quotation marks become the locale's, by depth: a quote inside a quote gets the inner pair,
 * whatever marks the writer typed (a „…” inside a quote the template adds would otherwise print
 * „…„…”…”). Whether a mark opens or closes is read from its neighbours, „ always opens.
 */
const curlQuotes = (text: string, locale: Locale): string => {
  let depth = 0
  let openedLast = false
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (!doubleQuotes.includes(ch)) {
      out += ch
      continue
    }
    const before = i === 0 ? ' ' : text[i - 1]
    const after = i + 1 < text.length ? text[i + 1] : ' '
    const opening: boolean =
      ch === '„' ||
      ((opensAfter.test(before) || (doubleQuotes.includes(before) && openedLast)) &&
        !/\s/u.test(after))
    openedLast = opening
    if (opening) {
      out += (depth % 2 === 0 ? quotePairs : innerPairs)[locale][0]
      depth++
    } else {
      depth = Math.max(0, depth - 1)
      out += (depth % 2 === 0 ? quotePairs : innerPairs)[locale][1]
    }
  }
  return out
}

/**
 * A straight apostrophe inside or at the end of a word becomes ’ (U+2019) in every language.
 * Ukrainian too, rather than the modifier letter ʼ (U+02BC): our Ukrainian texts are written
 * with ’ (the seed, what the press office pastes), and one word spelled two ways would not be
 * found by a reader's search in the same document.
 */
const curlApostrophes = (text: string): string =>
  text.replace(/(?<=\p{L})'(?=\p{L}|[\s.,;:!?)]|$)/gu, '’')

/** The locale's quotation marks around a text that has none of its own. */
export const quoted = (text: string, locale: Locale): string => {
  const [open, close] = quotePairs[locale]
  return /^["„“«]/.test(text) && /["”»“]$/.test(text) ? text : `${open}${text}${close}`
}

/**
 * Polish (and Ukrainian) typesetting for plain text: a no-break space after one-letter words and
 * between a number and its unit, locale quotation marks for straight quotes, en dashes for a
 * spaced hyphen. Works on text, never on markup.
 */
export const typeset = (text: string, locale: Locale): string => {
  let out = curlQuotes(curlApostrophes(text), locale)
    .replace(/ - /g, ' – ')
    .replace(unitRe, `$1${NBSP}$2`)
  const letters = oneLetterWords[locale]
  if (letters) {
    // Twice, so that runs like "i w domu" bind both words.
    const re = new RegExp(`(^|[\\s(„“«${NBSP}])([${letters}]) `, 'gu')
    out = out.replace(re, `$1$2${NBSP}`).replace(re, `$1$2${NBSP}`)
  }
  return out
}
