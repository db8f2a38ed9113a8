import type { PayloadRequest } from 'payload'

import type { Locale } from '../lib/locales'
import type { RecordedChange } from './hooks'

import { recordReleaseEvent } from '../record/events'

/** One change on the release's public record: its kind, and its note unless minor. */
export const recordChange = async (
  req: PayloadRequest,
  release: { id: number | string },
  change: RecordedChange,
): Promise<void> => {
  await recordReleaseEvent(req, {
    release: release.id,
    kind: change.kind,
    note: change.kind === 'minor' ? undefined : (change.notes as Partial<Record<Locale, string>>),
    at: new Date(change.at),
  })
}
