'use client'

import type { Locale } from 'date-fns'
import type { DateFieldClientProps } from 'payload'

import { DateTimeField, useTranslation } from '@payloadcms/ui'
import { enGB, pl, uk } from 'date-fns/locale'

const pickerLocales: Record<string, Locale> = { pl, en: enGB, uk }

/**
 * Payload's date field, written in the admin's language. Its picker learns the language only once
 * Payload has loaded it, after the field is drawn, so a field nothing redrew kept the English
 * month ("2 December 2026" in the Polish admin); given the language's words up front, it writes
 * "2 grudnia 2026" from the first look.
 */
export const AdminLanguageDateField = (props: DateFieldClientProps) => {
  const { i18n } = useTranslation()
  const locale = pickerLocales[i18n.language] ?? enGB
  const { field } = props
  const date = (field.admin?.date ?? {}) as { overrides?: object }
  const admin = { ...field.admin, date: { ...date, overrides: { ...date.overrides, locale } } }
  return <DateTimeField {...props} field={{ ...field, admin } as typeof field} />
}
