import type { Locale } from '../lib/locales'
import type { PressOffice } from '../payload-types'
import type { ComplianceStatus } from './fields'

import { officeTimezone, publicBaseUrl } from '../lib/settings'

/** The statement's address under each language: the same Polish path in all three. */
export const statementPath = (locale: Locale) => `/${locale}/deklaracja-dostepnosci`
export const statementSegment = 'deklaracja-dostepnosci'

/** The absolute address, for `<meta name="deklaracja-dostępności">` and the statement's own text. */
export const statementUrl = (locale: Locale) => `${publicBaseUrl()}${statementPath(locale)}`

/** A day as the statement writes it: YYYY-MM-DD in the office's timezone (also the `datetime`). */
export type StatementDay = string | null

export type StatementView = {
  bodyName: string
  siteUrl: string
  publishedOn: StatementDay
  updatedOn: StatementDay
  status: ComplianceStatus
  notAccessible: string[]
  /** The disproportionate burden assessment's address, when the statement relies on one. */
  burdenAnalysisUrl: string | null
  preparedOn: StatementDay
  reviewedOn: StatementDay
  contactPerson: string | null
  contactEmail: string | null
  contactPhone: string | null
  architecture: string[]
  communication: string[]
  mobileApps: string[]
}

const isoDay = (value: string | null | undefined, timeZone: string): StatementDay => {
  if (!value) return null
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return null
  // en-CA writes 2025-03-14.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date)
}

const text = (value: string | null | undefined) => value?.trim() || null
const lines = (value: string | null | undefined) =>
  (value ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
const paragraphs = (value: string | null | undefined) =>
  (value ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)

/** What the statement page shows, from the office settings read in `locale`. */
export const statementView = (office: PressOffice, locale: Locale): StatementView => {
  const a = office.accessibility ?? {}
  const zone = officeTimezone(office.timezone)
  return {
    bodyName: text(a.bodyName) ?? [office.officeName, office.city].filter(Boolean).join(', '),
    siteUrl: `${publicBaseUrl()}/${locale}`,
    publishedOn: isoDay(a.publishedOn, zone),
    updatedOn: isoDay(a.updatedOn, zone),
    status: a.status ?? 'partial',
    notAccessible: lines(a.notAccessible),
    burdenAnalysisUrl: text(a.burdenAnalysisUrl),
    preparedOn: isoDay(a.preparedOn, zone),
    reviewedOn: isoDay(a.reviewedOn, zone),
    contactPerson: text(a.contactPerson),
    contactEmail: text(a.contactEmail),
    contactPhone: text(a.contactPhone),
    architecture: paragraphs(a.architecture),
    communication: paragraphs(a.communication),
    mobileApps: paragraphs(a.mobileApps),
  }
}
