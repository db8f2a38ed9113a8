import type { ChangesView } from '../corrections/changesView'
import type { Locale } from '../lib/locales'
import type { RecordView } from '../record/view'
import type { Labels } from './labels'
import type { TextBlock } from './lexical'
import type { LetterheadPart } from './letterheadLanguage'

export type OfficeView = {
  city: string
  name: string
  lines: string[]
  /** The lines in pieces, the Polish ones marked (letterheadLanguage.ts); absent: the lines as they are. */
  lineParts?: LetterheadPart[][]
  logoSrc: string | null
}
export type QuoteView = { text: string; speaker: string; role: string | null }
export type PhotoView = {
  src: string | null
  alt: string
  caption: string | null
  credit: string | null
}
export type ContactView = { name: string; role: string | null; email: string; phone: string | null }
export type BoilerplateView = { title: string; paragraphs: string[] }

/** What every document's <head>, PDF metadata and file name are made from. */
export type DocumentHead = {
  locale: Locale
  lang: string
  labels: Labels
  stylesheets: string[]
  title: string
  author: string
  subject: string
  slug: string
}

/** Everything a release template shows, computed; templates only place these values. */
export type ReleaseView = DocumentHead & {
  keywords: string
  draft: boolean
  office: OfficeView
  embargo: string | null
  dateline: string
  headline: string
  /** First published, last updated and the notes of a release updated or corrected; else null. */
  changes: ChangesView | null
  subheadline: string | null
  lead: string | null
  /** Lexical → HTML, sanitised by the generator: the only unescaped value in the templates. */
  bodyHtml: string
  bodyBlocks: TextBlock[]
  quotes: QuoteView[]
  /**
   * The easy-to-read text: paragraphs of lines, typeset, each line kept (easy-to-read writing
   * starts every sentence on a new line); empty when the release has none in this language.
   */
  easyRead: string[][]
  photos: PhotoView[]
  boilerplates: BoilerplateView[]
  contacts: ContactView[]
  /**
   * "Przygotowano dla: Jan Kowalski (Gazeta Krakowska)" on a journalist's personal copy, so a
   * leaked copy names its source; null on every shared document.
   */
  preparedFor: string | null
  /** The record (metryka): always on the page, in the documents unless the office turns it off. */
  record: RecordView
  /**
   * A withdrawn release (issue 24): the notice "Wycofano {date}: {reason}" over its text and the
   * PDF's diagonal mark; null for every other release.
   */
  withdrawn: { notice: string; watermark: string } | null
  /** Changes whenever the exported content does: for ETags and file caches. */
  version: string
}

export type PackEntryView = { release: ReleaseView; page: string }

export type PackView = DocumentHead & {
  draft: boolean
  office: OfficeView
  date: string
  intro: string[]
  cover: PhotoView | null
  entries: PackEntryView[]
  quotes: QuoteView[]
  boilerplates: BoilerplateView[]
  contacts: ContactView[]
  version: string
}
