import type { PayloadRequest } from 'payload'

import type { Locale } from '../lib/locales'

import { recordReleaseEvent } from '../record/events'

/** The public record of a withdrawal or its undoing (the register of changes reads it). */
export const recordWithdrawalEvent = (
  req: PayloadRequest,
  release: { id: number | string },
  kind: 'error' | 'superseded' | 'withdrawn' | 'unwithdrawn',
  note: Partial<Record<Locale, string>>,
  supersededBy: number | string | null,
): Promise<void> => recordReleaseEvent(req, { release: release.id, kind, note, supersededBy })
