import type { Locale } from '../lib/locales'

const NBSP = '\u00a0'

// One-letter words that must not end a line (Polish and Ukrainian typesetting rules).
const oneLetterWords: Record<Locale, string> = {
  pl: 'aiouwzAIOUWZ',
  uk: 'авзіуоїйяАВЗІУОЇЙЯ',
  en: '',
}

const units = [
  'km²', 'km2', 'km', 'm²', 'm2', 'm³', 'm3', 'm', 'cm', 'mm', 'ha', 'kg', 't', 'l', 'zł', 'gr',
  'PLN', 'EUR', 'USD', '€', '%', 'proc.', 'tys.', 'mln', 'mld', 'r.', 'km/h', '°C', 'h', 'min',
  'MW', 'kW', 'kWh', 'MWh', 'GWh', 'osób', 'os.', 'szt.', 'lat', 'dni', 'godz.',
  'грн', 'тис.', 'млн', 'млрд', 'км', 'м', 'кг', 'р.', 'осіб',
]
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
const unitRe = new RegExp(
  `(\\d) (${units.sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?=$|[\\s.,;:!?)”«»"'])`,
  'gu',
)

// Outer and inner quotation marks per locale.
const quotePairs: Record<Locale, [string, string]> = {
  pl: ['„', '”'],
  en: ['“', '”'],
  uk: ['«', '»'],
}
const innerPairs: Record<Locale, [string, string]> = {
  pl: ['«', '»'],
  en: ['‘', '’'],
  uk: ['„', '“'],
}

/** Straight double quotes become the locale's marks; a quote inside a quote gets the inner pair. */
const curlQuotes = (text: string, locale: Locale): string => {
  let depth = 0
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if ('„“«'.includes(ch) && !(locale === 'uk' && ch === '“' && depth > 0)) depth++
    else if ('”»'.includes(ch) || (locale === 'uk' && ch === '“')) depth = Math.max(0, depth - 1)
    if (ch !== '"') {
      out += ch
      continue
    }
    const before = i === 0 ? ' ' : text[i - 1]
    const opening = /[\s(\[„“«\u00a0]/u.test(before) && i + 1 < text.length && !/\s/.test(text[i + 1])
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

/** The locale's quotation marks around a text that has none of its own. */
export const quoted = (text: string, locale: Locale): string => {
  const [open, close] = quotePairs[locale]
  return /^["„“«]/.test(text) ? text : `${open}${text}${close}`
}

/**
 * Polish (and Ukrainian) typesetting for plain text: a no-break space after one-letter words and
 * between a number and its unit, locale quotation marks for straight quotes, en dashes for a
 * spaced hyphen. Works on text, never on markup.
 */
export const typeset = (text: string, locale: Locale): string => {
  let out = curlQuotes(text, locale)
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
