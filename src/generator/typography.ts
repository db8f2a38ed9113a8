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

const quotePairs: Record<Locale, [string, string]> = {
  pl: ['„', '”'],
  en: ['“', '”'],
  uk: ['«', '»'],
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
  const [open, close] = quotePairs[locale]
  let out = text
    .replace(/(^|[\s(„“«])"(?=\S)/gu, `$1${open}`)
    .replace(/"/g, close)
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
