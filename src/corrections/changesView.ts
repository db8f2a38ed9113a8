import type { Labels } from '../generator/labels'
import type { Locale } from '../lib/locales'

import { releasePublicSince, type VisibilityFields } from '../access/visibility'
import { formatMoment } from '../generator/dates'
import { typeset } from '../generator/typography'
import type { PublishedNote } from './kinds'

export type ChangeNoteView = { at: string; when: string; kind: string; text: string }

/** Under the headline of a changed release: first published, last updated, the notes. */
export type ChangesView = {
  firstPublished: string | null
  firstPublishedAt: string | null
  lastUpdated: string
  lastUpdatedAt: string
  /** Newest first. */
  notes: ChangeNoteView[]
}

type Changed = VisibilityFields & { changeNotes?: unknown; lastMajorChangeAt?: string | null }

/** A note in the document's language, or (a language added later) in the first one written. */
const noteIn = (note: PublishedNote['note'], locale: Locale): string =>
  note[locale]?.trim() || Object.values(note).find((t) => t?.trim()) || ''

/**
 * What a release's readers are told of its updates and corrections, in `locale`, times in the
 * office's timezone; null for a release never changed after publication but by minor changes.
 */
export const changesView = (
  release: Changed,
  locale: Locale,
  labels: Labels,
  timeZone: string,
): ChangesView | null => {
  const published = Array.isArray(release.changeNotes)
    ? (release.changeNotes as PublishedNote[])
    : []
  if (!published.length || !release.lastMajorChangeAt) return null
  const moment = (iso: string) => formatMoment(labels.changeMoment, iso, locale, timeZone)
  const since = releasePublicSince({ ...release, _status: 'published' })
  return {
    firstPublished: since ? moment(since) : null,
    firstPublishedAt: since,
    lastUpdated: moment(release.lastMajorChangeAt),
    lastUpdatedAt: release.lastMajorChangeAt,
    notes: [...published]
      .sort((a, b) => b.at.localeCompare(a.at))
      .map((n) => ({
        at: n.at,
        when: moment(n.at),
        kind: labels.changeKinds[n.kind] ?? n.kind,
        text: typeset(noteIn(n.note, locale), locale),
      })),
  }
}
