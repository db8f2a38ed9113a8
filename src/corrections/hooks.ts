import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  FieldHook,
  PayloadRequest,
} from 'payload'

import { restoringAsDraft } from '../access/publicChanges'
import { nowOf } from '../lib/clock'
import { localeNames } from '../lib/locales'
import { fieldRefusal } from '../lib/refusal'
import { say } from '../lib/translations'
import { type ChangeKind, isMajorChange, type PublishedNote } from './kinds'
import { pendingChange, type PendingChange } from './pendingChange'
import { recordChange } from './record'

/** The change a publishing save carries, kept for its afterChange (by release id). */
export type RecordedChange = {
  kind: ChangeKind
  notes: Partial<Record<string, string>>
  at: string
}

const recordedKey = (id: number | string) => `pressroomRecordedChange:${id}`
const consumedKey = (id: number | string) => `pressroomChangeConsumed:${id}`

/**
 * What a change to a published release leaves unsaid, in the request's language: its kind or,
 * unless minor, its note in a language the release is published in. Null when all is said.
 */
export const unsaidChange = (
  req: PayloadRequest,
  change: Pick<PendingChange, 'kind' | 'languages' | 'notes'>,
): { path: 'changeKind' | 'changeNote'; message: string } | null => {
  if (!change.kind) return { path: 'changeKind', message: say(req.t, 'refuseChangeKindMissing') }
  if (!isMajorChange(change.kind)) return null
  const missing = change.languages.filter((l) => !change.notes[l])
  if (!missing.length) return null
  const languages = missing.map((l) => localeNames[l]).join(', ')
  return { path: 'changeNote', message: say(req.t, 'refuseChangeNoteMissing', { languages }) }
}

/**
 * beforeChange: a save that publishes a change to the content of a published release must say
 * what kind of change it is and, unless minor, give a note in every language the release is
 * published in; else 400 naming the field and nothing saved. Every publishing save consumes the
 * kind and notes (they are emptied), so none of them can count for a later change.
 */
export const requireChangeNote: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const id = originalDoc?.id as number | string | undefined
  const publishing = data._status === 'published' && !req.context[restoringAsDraft]
  if (operation !== 'update' || !id || !publishing) return data
  req.context[consumedKey(id)] = true
  const change = await pendingChange(req, id, data)
  const cleared = { ...data, changeKind: null, changeNote: null }
  if (!change) return cleared
  // A save with no person behind it (a scheduled publication's job, the seed) publishes what
  // the version it publishes says; with nothing said, it is recorded as a minor change.
  const kind = change.kind ?? (req.user ? null : 'minor')
  const refused = unsaidChange(req, { ...change, kind })
  if (refused) throw fieldRefusal(req, 'press-releases', refused.path, refused.message)
  if (!kind) return cleared // never: a change with no kind is refused above
  const at = nowOf(req).toISOString()
  const notes = isMajorChange(kind)
    ? Object.fromEntries(change.languages.map((l) => [l, change.notes[l]!]))
    : {}
  req.context[recordedKey(id)] = { kind, notes, at } satisfies RecordedChange
  if (kind === 'minor') return cleared
  const published: PublishedNote = { kind, at, note: notes }
  return { ...cleared, lastMajorChangeAt: at, changeNotes: [...change.published, published] }
}

/**
 * beforeChange of `changeNote`: a publishing save empties the note in every language, not only
 * the request's (Payload keeps the other languages from the stored document).
 */
export const clearNotesOfRecordedChange: FieldHook = ({
  originalDoc,
  req,
  siblingDocWithLocales,
}) => {
  const id = originalDoc?.id as number | string | undefined
  if (!id || !req.context[consumedKey(id)]) return undefined
  if (siblingDocWithLocales && typeof siblingDocWithLocales === 'object') {
    const stored = (siblingDocWithLocales as Record<string, unknown>).changeNote
    if (stored && typeof stored === 'object') {
      for (const locale of Object.keys(stored)) (stored as Record<string, unknown>)[locale] = null
    }
  }
  return null
}

/** afterChange: the change this save published goes on the release's record. */
export const recordPublishedChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  const change = req.context[recordedKey(doc.id)] as RecordedChange | undefined
  if (!change) return doc
  delete req.context[recordedKey(doc.id)]
  delete req.context[consumedKey(doc.id)]
  await recordChange(req, doc, change)
  return doc
}
