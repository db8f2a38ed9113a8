import fs from 'node:fs'

import type { Locale } from '../lib/locales'

import { templatePath } from './paths'
import { perTemplates } from './templateCache'

export type Labels = {
  kind: string
  packKind: string
  embargo: string
  embargoMoment: string
  draft: string
  /** The band on a draft export: the local word, and the English one where it differs. */
  draftMark: string
  draftNote: string
  more: string
  page: string
  of: string
  endMark: string
  photos: string
  photoCredit: string
  /** The heading of the easy-to-read text (tekst łatwy do czytania). */
  easyRead: string
  contact: string
  /** Before a phone number: "tel." */
  phone: string
  contents: string
  quotesSheet: string
  contactsAndAbout: string
  releasesCount: string
  /** Under the headline of a changed release (src/corrections/changesView.ts). */
  changes: string
  firstPublished: string
  lastUpdated: string
  /** `{date}`, `{time}` of a change, in the office's timezone. */
  changeMoment: string
  changeKinds: Record<'update' | 'correction', string>
  /** Place names as this language writes them ("Kraków" → "Краків"); others stay as typed. */
  places: Record<string, string>
}

const allLabels = perTemplates(
  () => JSON.parse(fs.readFileSync(templatePath('labels.json'), 'utf8')) as Record<Locale, Labels>,
)

/** The fixed words of a document, per locale, from templates/labels.json (editable by staff). */
export const labelsFor = (locale: Locale): Labels => allLabels()[locale]
