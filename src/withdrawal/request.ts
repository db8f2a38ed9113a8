import type { PayloadRequest } from 'payload'

import type { WithdrawalState } from '../access/visibility'

import { type Locale, locales } from '../lib/locales'
import { refusal } from '../lib/refusal'

/** A withdrawal as asked over the API, checked: the reason, the notes per language, the target. */
export type WithdrawalAsk = {
  reason: Exclude<WithdrawalState, 'none'>
  notes: Partial<Record<Locale, string>>
  supersededBy: number | string | null
}

const reasons = ['error', 'superseded', 'withdrawn'] as const

const MAX_NOTE = 2000

// Any tag-like text: the explanation is printed as plain text everywhere.
const looksLikeHtml = (text: string) => /<\s*[a-z!/?]/i.test(text) || /&[a-z#0-9]+;/i.test(text)

/** A string is the note in every language the release is written in; an object, per language. */
const readNotes = (
  req: PayloadRequest,
  note: unknown,
  languages: Locale[],
): Partial<Record<Locale, string>> => {
  if (note === undefined || note === null || note === '') return {}
  const given: Partial<Record<Locale, unknown>> =
    typeof note === 'string'
      ? Object.fromEntries(languages.map((l) => [l, note]))
      : typeof note === 'object' && !Array.isArray(note)
        ? (note as Partial<Record<Locale, unknown>>)
        : (() => {
            throw refusal(req, 'withdrawNoteShape', {}, 400)
          })()
  const unknown = Object.keys(given).some((k) => !(locales as readonly string[]).includes(k))
  if (unknown) throw refusal(req, 'withdrawNoteShape', {}, 400)
  const notes: Partial<Record<Locale, string>> = {}
  for (const locale of locales) {
    const text = given[locale]
    if (text === undefined || text === null) continue
    if (typeof text !== 'string') throw refusal(req, 'withdrawNoteShape', {}, 400)
    const trimmed = text.trim()
    if (!trimmed) continue
    if (looksLikeHtml(trimmed)) throw refusal(req, 'withdrawNoteHtml', { locale }, 400)
    if (trimmed.length > MAX_NOTE)
      throw refusal(req, 'withdrawNoteLong', { locale, max: MAX_NOTE }, 400)
    notes[locale] = trimmed
  }
  return notes
}

/**
 * The body of POST …/:id/withdraw, checked before anything is read or saved: a known reason, a
 * note for a withdrawal, plain-text notes, a superseding release for a supersession.
 */
export const readWithdrawalAsk = (req: PayloadRequest, languages: Locale[]): WithdrawalAsk => {
  const body = (req.data ?? {}) as Record<string, unknown>
  const reason = body.reason
  if (typeof reason !== 'string' || !(reasons as readonly string[]).includes(reason))
    throw refusal(req, 'withdrawReasonMissing', {}, 400)
  const notes = readNotes(req, body.note, languages)
  if (reason === 'withdrawn' && Object.keys(notes).length === 0)
    throw refusal(req, 'withdrawNoteMissing', {}, 400)
  const target = body.supersededBy
  const supersededBy =
    typeof target === 'number' || (typeof target === 'string' && target.trim() !== '')
      ? target
      : null
  if (reason === 'superseded' && supersededBy === null)
    throw refusal(req, 'withdrawSupersededMissing', {}, 400)
  return {
    reason: reason as WithdrawalAsk['reason'],
    notes,
    supersededBy: reason === 'superseded' ? supersededBy : null,
  }
}
