import type { Locale } from '../lib/locales'

/** Text in the default locale (pl) and, where written, its translations. */
export type Localized = { pl: string } & Partial<Record<Exclude<Locale, 'pl'>, string>>

export type PersonKey = 'mayor' | 'deputyMayor'

/** A name per language: `pl` always, others only where written differently (Cyrillic). */
export type SamplePerson = {
  key: PersonKey
  name: Localized
  organisation: string
  role: Localized
}

export type SampleQuote = {
  key: string
  speaker: PersonKey
  text: Localized
  context: Localized
  source: string
  /** Days before the seed's `now`. */
  saidDaysAgo: number
  status: 'approved' | 'pending'
}

/** One language version of a release: its words, body as HTML (converted to Lexical). */
export type ReleaseText = {
  headline: string
  subheadline?: string
  lead: string
  bodyHtml: string
  /** Tekst łatwy do czytania: short sentences, plain words; paragraphs separated by a blank line. */
  easyRead?: string
}

export type ReleaseState =
  | { kind: 'published'; daysAgo: number }
  | { kind: 'scheduled'; inDays: number; hour: number }
  | { kind: 'embargoed'; inDays: number; hour: number }
  | { kind: 'draft'; inDays: number }

export type SampleRelease = {
  state: ReleaseState
  topics: string[]
  quotes: string[]
  boilerplates: string[]
  text: { pl: ReleaseText } & Partial<Record<Exclude<Locale, 'pl'>, ReleaseText>>
}
