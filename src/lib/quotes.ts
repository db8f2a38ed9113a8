import { type Locale, defaultLocale, locales } from './locales'

/** How long a quote may be where a line names it (lists, notices, refusals). */
const summaryLength = 70

/** The one short form of a quote's words: the start, cut with "…" when longer than a line. */
export const quoteSummary = (text: string): string =>
  text.length > summaryLength ? `${text.slice(0, summaryLength - 1)}…` : text

export type LocalizedText = { locale: Locale; text: string }

/**
 * A localized text read with `locale: 'all'`, as the languages it is written in: the preferred
 * one first, then the default, then the others. A quote may exist only in English or Ukrainian,
 * so nothing may assume the default locale is there.
 */
export const textsByLocale = (
  value: unknown,
  preferred: unknown = defaultLocale,
): LocalizedText[] => {
  const byLocale = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>
  const order = [preferred, defaultLocale, ...locales].filter(
    (l, i, all): l is Locale => locales.includes(l as Locale) && all.indexOf(l) === i,
  )
  return order.flatMap((locale) => {
    const text = byLocale[locale]
    return typeof text === 'string' && text.trim() ? [{ locale, text }] : []
  })
}

/**
 * A speaker's name from a read in every language (`locale: 'all'`), in the preferred language,
 * else Polish, else any; a plain string as it is.
 */
export const speakerName = (name: unknown, preferred: unknown = defaultLocale): string | null =>
  typeof name === 'string' ? name : (textsByLocale(name, preferred)[0]?.text ?? null)
