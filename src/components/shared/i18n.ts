'use client'

import { useTranslation } from '@payloadcms/ui'

export type Lang = 'pl' | 'en'
export type Text = Record<Lang, string>

/** The admin's interface language, narrowed to the two we write labels in. */
export const useLang = (): Lang => {
  const { i18n } = useTranslation()
  return i18n.language === 'en' ? 'en' : 'pl'
}

export const officeTimeZone = 'Europe/Warsaw'

/** "3 gru 2026, 09:00" / "3 Dec 2026, 09:00" in the office's timezone. */
export const formatWhen = (iso: string, lang: Lang, timeZone = officeTimeZone): string =>
  new Intl.DateTimeFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso))

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
