import type { Journalist } from '../payload-types'

export const locales = ['pl', 'en', 'uk'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale = 'pl' satisfies Locale

/** The languages the admin is written in (payload.config.ts `i18n.supportedLanguages`). */
export type AdminLanguage = typeof defaultLocale | 'en'

/** The admin's interface language, narrowed to those; the default locale for any other. */
export const adminLanguageOf = (language: string | null | undefined): AdminLanguage =>
  language === 'en' ? 'en' : defaultLocale

/** Each language by its own name, wherever a person picks one. */
export const localeNames: Record<Locale, string> = { pl: 'Polski', en: 'English', uk: 'Українська' }

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (locales as readonly string[]).includes(value)

/** A locale asked for, or the default when none was asked (an unknown one is the caller's to refuse). */
export const askedLocale = (value: unknown): unknown =>
  value === undefined || value === null || value === '' ? defaultLocale : value

// The regional variant Intl formats each language with (dates, times, numbers).
const intlLocales: Record<Locale, string> = { pl: 'pl-PL', en: 'en-GB', uk: 'uk-UA' }

/** The Intl locale for one of ours, or for the admin's language; the default's for any other. */
export const intlLocaleOf = (language: string): string =>
  intlLocales[isLocale(language) ? language : defaultLocale]

/**
 * The languages a release or pack is written in: those whose headline (or title), read with
 * `locale: 'all'`, has text. Spaces are not text.
 */
export const releaseLocales = (localized: unknown): Locale[] => {
  const byLocale = (localized && typeof localized === 'object' ? localized : {}) as Record<
    string,
    unknown
  >
  return locales.filter(
    (l) => typeof byLocale[l] === 'string' && (byLocale[l] as string).trim() !== '',
  )
}

/**
 * The language a journalist gets: the first of their languages (in their order of preference; a
 * sign-up puts the language of the page they signed up on first when they ticked it) that is
 * `available`. Null when none is; without `available`, never null.
 */
export function journalistLocale(journalist: Pick<Journalist, 'languages'>): Locale
export function journalistLocale(
  journalist: Pick<Journalist, 'languages'>,
  available: readonly Locale[],
): Locale | null
export function journalistLocale(
  journalist: Pick<Journalist, 'languages'>,
  available: readonly Locale[] = locales,
): Locale | null {
  const theirs = (journalist.languages ?? []).filter(isLocale)
  const wanted: Locale[] = theirs.length ? theirs : [defaultLocale]
  return wanted.find((l) => available.includes(l)) ?? null
}
