import type { PayloadRequest } from 'payload'

import type { Locale } from '../lib/locales'
import type { ReleaseEventKind } from './kinds'

import { type Actor, auditActorKey } from '../audit/record'
import { nowOf } from '../lib/clock'

export const releaseEventsCollection = 'release-events'

export type ReleaseEvent = {
  release: number | string
  kind: ReleaseEventKind
  /** The public note (change note, reason) in each language it is written in. */
  note?: Partial<Record<Locale, string>>
  supersededBy?: number | string | null
  recipients?: number | null
  /** When it happened; the request's clock if not given. */
  at?: Date
}

type Person = { id: number | string; name?: string | null }

/** Who acted, by display name only: the register is public and never shows an e-mail. */
const actorOf = (req: PayloadRequest): { actorId: string | null; actorName: string | null } => {
  const injected = req.context?.[auditActorKey] as Actor | undefined
  if (injected)
    return { actorId: injected.id == null ? null : String(injected.id), actorName: injected.name }
  const user = req.user as Person | null | undefined
  if (user) return { actorId: String(user.id), actorName: user.name?.trim() || null }
  return { actorId: null, actorName: null }
}

/** Only the languages with text: an empty note in a language is no note there. */
const writtenNote = (note: ReleaseEvent['note']): Partial<Record<Locale, string>> | null => {
  const written = Object.entries(note ?? {}).filter(
    ([, text]) => typeof text === 'string' && text.trim() !== '',
  )
  return written.length ? (Object.fromEntries(written) as Partial<Record<Locale, string>>) : null
}

/**
 * Writes one public event of a release: the only way one is written. One insert in the request's
 * transaction (a save that is rolled back leaves no event), every language of the note at once
 * (the adapter takes a localized field as a map of languages).
 */
export const recordReleaseEvent = async (
  req: PayloadRequest,
  event: ReleaseEvent,
): Promise<void> => {
  const stamp = new Date().toISOString()
  await req.payload.db.create({
    collection: releaseEventsCollection,
    data: {
      at: (event.at ?? nowOf(req)).toISOString(),
      release: event.release,
      kind: event.kind,
      note: writtenNote(event.note),
      supersededBy: event.supersededBy ?? null,
      recipients: event.recipients ?? null,
      ...actorOf(req),
      createdAt: stamp,
      updatedAt: stamp,
    },
    returning: false,
    req,
  })
}
