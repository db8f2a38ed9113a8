import type { ReleaseEventKind } from './kinds'

/** The admin's words about the register of changes (Rejestr zmian). */
export const recordWords = {
  pl: {
    recordAppendOnly: 'Wpisów w rejestrze zmian nie można zmieniać ani usuwać.',
  },
  en: {
    recordAppendOnly: 'Entries in the register of changes cannot be changed or deleted.',
  },
}

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
