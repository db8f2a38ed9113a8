import type { Locale } from '../lib/locales'
import type { PressOffice } from '../payload-types'

import { siteWords } from '../newsroom/words'

export const emergencyKinds = ['emergency', 'local', 'mourning'] as const
export type EmergencyKind = (typeof emergencyKinds)[number]

/** The notice as every surface shows it: the page banner, the feeds, the mail footer. */
export type EmergencyNotice = {
  kind: EmergencyKind
  /** The kind's name in the reader's language ("Sytuacja nadzwyczajna"). */
  kindName: string
  heading: string
  text: string
  /** Absolute or newsroom-relative, as the editor wrote it; null when none. */
  link: string | null
  /** When it was switched on (ISO): a notice's identity, for "seen it already". */
  since: string
}

/**
 * The one rule of "is the notice on, and what does it say" for an office read in `locale`: on,
 * with a heading. Every surface calls this; none reads the settings' fields itself.
 */
export const emergencyNotice = (
  office: Pick<PressOffice, 'emergency'> | null | undefined,
  locale: Locale,
): EmergencyNotice | null => {
  const e = office?.emergency
  const heading = e?.heading?.trim()
  if (!e?.active || !heading) return null
  const kind = (emergencyKinds as readonly string[]).includes(e.kind ?? '')
    ? (e.kind as EmergencyKind)
    : 'emergency'
  return {
    kind,
    kindName: siteWords(locale).emergency[kind],
    heading,
    text: e.text?.trim() ?? '',
    link: e.link?.trim() || null,
    since: e.since ?? '',
  }
}

/** A link made absolute against the newsroom's base (feeds and mail need absolute addresses). */
export const absoluteNoticeLink = (link: string | null, base: string): string | null =>
  link ? (link.startsWith('/') ? `${base}${link}` : link) : null
