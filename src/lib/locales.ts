export const locales = ['pl', 'en', 'uk'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'pl'

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (locales as readonly string[]).includes(value)
