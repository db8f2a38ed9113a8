import type { Locale } from '../lib/locales'
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

/** The public words of the record (metryka) and the register of changes, in every language. */
export type RecordWords = {
  record: string
  body: string
  responsible: string
  publishedBy: string
  created: string
  firstPublished: string
  lastModified: string
  register: string
  registerIntro: string
  registerEmpty: string
  when: string
  what: string
  release: string
  note: string
  kinds: Record<ReleaseEventKind, string>
}

export const recordPublicWords: Record<Locale, RecordWords> = {
  pl: {
    record: 'Metryka',
    body: 'Podmiot udostępniający',
    responsible: 'Odpowiada za treść',
    publishedBy: 'Udostępnił(a)',
    created: 'Utworzono',
    firstPublished: 'Opublikowano',
    lastModified: 'Ostatnia zmiana',
    register: 'Rejestr zmian',
    registerIntro:
      'Wszystkie publiczne zdarzenia informacji prasowych: publikacje, aktualizacje, sprostowania, wycofania. Od najnowszych.',
    registerEmpty: 'Rejestr jest pusty.',
    when: 'Kiedy',
    what: 'Zmiana',
    release: 'Informacja prasowa',
    note: 'Nota',
    kinds: {
      published: 'Publikacja',
      minor: 'Poprawka drobna',
      update: 'Aktualizacja',
      correction: 'Sprostowanie',
      'correction-sent': 'Wysłano sprostowanie do odbiorców',
      withdrawn: 'Wycofano',
      unwithdrawn: 'Cofnięto wycofanie',
      superseded: 'Zastąpiono nowszą informacją',
      error: 'Usunięto: opublikowano omyłkowo',
    },
  },
  en: {
    record: 'Record',
    body: 'Public body',
    responsible: 'Responsible for the content',
    publishedBy: 'Published by',
    created: 'Created',
    firstPublished: 'First published',
    lastModified: 'Last modified',
    register: 'Register of changes',
    registerIntro:
      'Every public event of the press releases: publications, updates, corrections, withdrawals. Newest first.',
    registerEmpty: 'The register is empty.',
    when: 'When',
    what: 'Change',
    release: 'Press release',
    note: 'Note',
    kinds: {
      published: 'Published',
      minor: 'Minor change',
      update: 'Update',
      correction: 'Correction',
      'correction-sent': 'Correction sent to recipients',
      withdrawn: 'Withdrawn',
      unwithdrawn: 'Withdrawal undone',
      superseded: 'Superseded by a newer release',
      error: 'Removed: published in error',
    },
  },
  uk: {
    record: 'Метрика',
    body: 'Суб’єкт, що оприлюднює',
    responsible: 'Відповідає за зміст',
    publishedBy: 'Оприлюднив(ла)',
    created: 'Створено',
    firstPublished: 'Опубліковано',
    lastModified: 'Остання зміна',
    register: 'Реєстр змін',
    registerIntro:
      'Усі публічні події прес-релізів: публікації, оновлення, спростування, відкликання. Від найновіших.',
    registerEmpty: 'Реєстр порожній.',
    when: 'Коли',
    what: 'Зміна',
    release: 'Прес-реліз',
    note: 'Примітка',
    kinds: {
      published: 'Публікація',
      minor: 'Дрібне виправлення',
      update: 'Оновлення',
      correction: 'Спростування',
      'correction-sent': 'Спростування надіслано отримувачам',
      withdrawn: 'Відкликано',
      unwithdrawn: 'Відкликання скасовано',
      superseded: 'Замінено новішим релізом',
      error: 'Вилучено: опубліковано помилково',
    },
  },
}
