import type { Locale } from '../lib/locales'

/** The site's absolute base: PRESSROOM_PUBLIC_URL, else http://localhost:$PORT. No trailing slash. */
export const publicBaseUrl = (): string =>
  (process.env.PRESSROOM_PUBLIC_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, '')

export const releaseUrl = (locale: Locale, slug: string) => `${publicBaseUrl()}/${locale}/${slug}`
export const packUrl = (locale: Locale, slug: string) => `${publicBaseUrl()}/${locale}/packs/${slug}`
export const homeUrl = (locale: Locale) => `${publicBaseUrl()}/${locale}`
