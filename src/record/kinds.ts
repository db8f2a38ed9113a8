/**
 * The public events of a release, as the register of changes (Rejestr zmian) lists them. All the
 * kinds issue 24 needs are here at once, so that no part of it needs another enum migration.
 */
export const releaseEventKinds = [
  'published',
  'minor',
  'update',
  'correction',
  'correction-sent',
  'withdrawn',
  'unwithdrawn',
  'superseded',
  'error',
] as const

export type ReleaseEventKind = (typeof releaseEventKinds)[number]

/** Kinds that move a release's "last modified": a publication and every major change. */
export const majorEventKinds: readonly ReleaseEventKind[] = ['published', 'update', 'correction']
