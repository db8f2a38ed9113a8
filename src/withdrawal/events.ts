import type { PayloadRequest } from 'payload'

import type { Locale } from '../lib/locales'

/** The public record of a withdrawal or its undoing (the register of changes reads it). */
export const recordWithdrawalEvent = async (
  _req: PayloadRequest,
  _release: { id: number | string },
  _kind: 'error' | 'superseded' | 'withdrawn' | 'unwithdrawn',
  _note: Partial<Record<Locale, string>>,
  _supersededBy: number | string | null,
): Promise<void> => {}
