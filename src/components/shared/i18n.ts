'use client'

import { useConfig, useTranslation } from '@payloadcms/ui'

import { type AdminLanguage, adminLanguageOf } from '../../lib/locales'
import { type CustomKey, type PluralKey, say, sayCount } from '../../lib/translations'

export { formatWhen } from '../../lib/when'

export type Lang = AdminLanguage

/** The admin's interface language, narrowed to the two we write labels in. */
export const useLang = (): Lang => adminLanguageOf(useTranslation().i18n.language)

/** The admin's own words (src/lib/translations.ts) in the user's language. */
export const useWords = () => {
  const { t } = useTranslation()
  return (key: CustomKey, vars?: Record<string, unknown>) => say(t, key, vars)
}

/** The admin's words that carry a number, in the plural form the user's language needs. */
export const useCountWords = () => {
  const { i18n, t } = useTranslation()
  return (key: PluralKey, count: number) => sayCount(t, i18n.language, key, count)
}

/** A link into the admin, under the admin route the config sets ("/admin" by default). */
export const useAdminUrl = () => {
  const { config } = useConfig()
  return (path: string) => `${config.routes.admin}${path}`
}

export const apiUrl = (path: string) => `/api${path}`

/** JSON from our API with the admin's cookie; the first error message on failure. */
export const fetchJson = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
  const res = await fetch(apiUrl(path), { credentials: 'include', ...init })
  const body = await res.json().catch(() => ({}))
  if (!res.ok) {
    const message = body?.errors?.[0]?.message ?? body?.message ?? `HTTP ${res.status}`
    throw new Error(message)
  }
  return body as T
}
