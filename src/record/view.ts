import type { Locale } from '../lib/locales'
import type { PressContact, PressOffice, PressRelease } from '../payload-types'

import { releasePublicSince } from '../access/visibility'
import { formatDate, formatTime } from '../generator/dates'
import { recordPublicWords } from '../newsroom/words'

export type RecordRow = { label: string; value: string; dateTime: string | null }

/** The record (metryka) of a release as every surface shows it: rows of label and value. */
export type RecordView = {
  title: string
  rows: RecordRow[]
  /** Whether the documents (HTML, TXT, PDF) carry it; pages always do. */
  inDocuments: boolean
}

/** "7 grudnia 2026 r., 12:30": a moment of the record in the office's timezone. */
export const recordMoment = (iso: string, locale: Locale, timeZone: string): string =>
  `${formatDate(iso, locale, timeZone)}, ${formatTime(iso, locale, timeZone)}`

const contactOf = (value: unknown): PressContact | null =>
  typeof value === 'object' && value !== null ? (value as PressContact) : null

const signatory = (release: PressRelease, office: PressOffice): string | null => {
  const person = contactOf(release.responsiblePerson) ?? contactOf(office.defaultContact)
  if (!person?.name) return null
  return [person.name, person.role?.trim()].filter(Boolean).join(', ')
}

/** The public body: the accessibility statement's name of it, else the office's name. */
export const bodyNameOf = (office: PressOffice): string =>
  office.accessibility?.bodyName?.trim() ||
  [office.officeName, office.city].filter(Boolean).join(', ')

/**
 * The record of `release` in `locale`: the body, the responsible person, who published it, and
 * when it was created, first made public and last changed (`lastModified`: the newest major
 * change; first publication when there is none), all in the office's timezone.
 */
export const buildRecordView = (
  release: PressRelease,
  office: PressOffice,
  locale: Locale,
  timeZone: string,
  lastModified: string | null,
): RecordView => {
  const w = recordPublicWords[locale]
  const publicSince = releasePublicSince(release)
  const modified =
    lastModified && publicSince && lastModified > publicSince ? lastModified : publicSince
  const moment = (label: string, iso: string | null | undefined): RecordRow[] =>
    iso ? [{ label, value: recordMoment(iso, locale, timeZone), dateTime: iso }] : []
  const text = (label: string, value: string | null | undefined): RecordRow[] =>
    value ? [{ label, value, dateTime: null }] : []
  return {
    title: w.record,
    rows: [
      ...text(w.body, bodyNameOf(office)),
      ...text(w.responsible, signatory(release, office)),
      ...text(w.publishedBy, release.firstPublishedBy),
      ...moment(w.created, release.createdAt),
      ...moment(w.firstPublished, publicSince),
      ...moment(w.lastModified, modified),
    ],
    inDocuments: office.recordInDocuments !== false,
  }
}
