export const locales = ['pl', 'en', 'uk'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'pl'

/** Each language by its own name, wherever a person picks one. */
export const localeNames: Record<Locale, string> = { pl: 'Polski', en: 'English', uk: 'Українська' }

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (locales as readonly string[]).includes(value)
