import type { Locale } from '../lib/locales'

import { publicBaseUrl } from '../lib/settings'

export { publicBaseUrl }

export const releaseUrl = (locale: Locale, slug: string) => `${publicBaseUrl()}/${locale}/${slug}`
export const packUrl = (locale: Locale, slug: string) =>
  `${publicBaseUrl()}/${locale}/packs/${slug}`
export const homeUrl = (locale: Locale) => `${publicBaseUrl()}/${locale}`
