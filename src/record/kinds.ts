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

/** Each kind of event in the admin's two languages (the select's options). */
export const releaseEventKindLabels: Record<ReleaseEventKind, { pl: string; en: string }> = {
  published: { pl: 'Publikacja', en: 'Publication' },
  minor: { pl: 'Poprawka drobna', en: 'Minor change' },
  update: { pl: 'Aktualizacja', en: 'Update' },
  correction: { pl: 'Sprostowanie', en: 'Correction' },
  'correction-sent': { pl: 'Wysłano sprostowanie', en: 'Correction sent' },
  withdrawn: { pl: 'Wycofano', en: 'Withdrawn' },
  unwithdrawn: { pl: 'Cofnięto wycofanie', en: 'Withdrawal undone' },
  superseded: { pl: 'Zastąpiono', en: 'Superseded' },
  error: { pl: 'Opublikowano omyłkowo', en: 'Published in error' },
}
