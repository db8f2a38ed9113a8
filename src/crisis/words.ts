/**
 * The admin's words for the crisis tools (the notice, the freeze, the held list, "send to
 * everyone now"), merged into the admin's translations (src/lib/translations.ts).
 */
const pl = {
  emergencyHeadingMissing: 'Włączony komunikat alarmowy musi mieć nagłówek.',
  emergencyLinkInvalid:
    'Odnośnik musi być adresem https://… albo ścieżką serwisu zaczynającą się od /.',
  freezeReasonMissing: 'Podaj powód wstrzymania publikacji.',
  crisisTitle: 'Sytuacja kryzysowa',
  crisisNoticeOn: 'Komunikat alarmowy jest włączony od {{when}}: „{{heading}}”.',
  crisisFrozen: 'Publikacje i wysyłki są wstrzymane od {{when}}. Powód: {{reason}}',
  crisisHeldTitle: 'Wstrzymane do decyzji',
  crisisHeldWhileFrozen:
    'Przypadły w czasie wstrzymania i czekają. Po wznowieniu zdecydujesz o każdej.',
  crisisHeldAfterLift:
    'Wstrzymanie zakończone {{when}}. Zdecyduj o każdej pozycji, która przypadła w tym czasie:',
  crisisHeldPublication: 'Publikacja: {{title}}',
  crisisHeldUnpublication: 'Cofnięcie publikacji: {{title}}',
  crisisHeldMail: 'Wysyłka: {{title}} (odbiorcy: {{count}})',
  crisisDueAt: 'miała nastąpić {{when}}',
  crisisPublishNow: 'Opublikuj teraz',
  crisisSendNow: 'Wyślij teraz',
  crisisReschedule: 'Przełóż na',
  crisisCancel: 'Anuluj',
  crisisRescheduleAt: 'Nowy termin',
  crisisDecided: 'Zapisano decyzję.',
  crisisLiftFirst:
    'Najpierw wznów publikacje (odznacz „Wstrzymaj publikacje” w ustawieniach biura).',
  crisisNotHeld: 'Ta pozycja nie jest już wstrzymana: ktoś inny mógł o niej zdecydować.',
  crisisAtMissing: 'Podaj nowy termin (pole „at”) w przyszłości.',
  crisisActionUnknown: 'Pole „action” musi mieć wartość publish-now, reschedule albo cancel.',
  crisisEditorsOnly: 'O wstrzymanych publikacjach decydują redaktorzy i administratorzy.',
  crisisSettingsLink: 'Ustawienia komunikatu i wstrzymania',
  urgentTitle: 'Wyślij wszystkim teraz',
  urgentExplain:
    'Tylko przy włączonym komunikacie alarmowym: do każdego potwierdzonego dziennikarza ze wszystkich list, przed innymi wysyłkami w kolejce.',
  urgentConfirm: 'Wysłać tę informację teraz do wszystkich potwierdzonych dziennikarzy?',
  urgentSend: 'Tak, wyślij wszystkim',
  urgentQueued_one: 'Wysyłamy do {{count}} odbiorcy.',
  urgentQueued_few: 'Wysyłamy do {{count}} odbiorców.',
  urgentQueued_many: 'Wysyłamy do {{count}} odbiorców.',
  urgentQueued_other: 'Wysyłamy do {{count}} odbiorcy.',
  urgentNeedsNotice:
    'Wysyłka do wszystkich jest możliwa tylko przy włączonym komunikacie alarmowym.',
  urgentNotPublic:
    'Najpierw opublikuj informację: wysyłamy do wszystkich tylko to, co jest już publiczne.',
}

const en: typeof pl = {
  emergencyHeadingMissing: 'An emergency notice that is on needs a heading.',
  emergencyLinkInvalid: 'The link must be an https://… address or a newsroom path starting with /.',
  freezeReasonMissing: 'Give the reason for the freeze.',
  crisisTitle: 'Crisis',
  crisisNoticeOn: 'The emergency notice is on since {{when}}: “{{heading}}”.',
  crisisFrozen: 'Publications and mail are frozen since {{when}}. Reason: {{reason}}',
  crisisHeldTitle: 'Held for a decision',
  crisisHeldWhileFrozen:
    'These fell due during the freeze and wait. After lifting it you decide on each.',
  crisisHeldAfterLift:
    'The freeze was lifted at {{when}}. Decide on each item that fell due during it:',
  crisisHeldPublication: 'Publication: {{title}}',
  crisisHeldUnpublication: 'Unpublication: {{title}}',
  crisisHeldMail: 'Mail: {{title}} (recipients: {{count}})',
  crisisDueAt: 'was due {{when}}',
  crisisPublishNow: 'Publish now',
  crisisSendNow: 'Send now',
  crisisReschedule: 'Reschedule to',
  crisisCancel: 'Cancel',
  crisisRescheduleAt: 'New time',
  crisisDecided: 'Decision saved.',
  crisisLiftFirst: 'Lift the freeze first (untick “Freeze publications” in the office settings).',
  crisisNotHeld: 'This item is no longer held: someone else may have decided on it.',
  crisisAtMissing: 'Give a new time (“at”) in the future.',
  crisisActionUnknown: '“action” must be publish-now, reschedule or cancel.',
  crisisEditorsOnly: 'Editors and admins decide on held publications.',
  crisisSettingsLink: 'Notice and freeze settings',
  urgentTitle: 'Send to everyone now',
  urgentExplain:
    'Only while the emergency notice is on: to every confirmed journalist of every list, ahead of other queued mail.',
  urgentConfirm: 'Send this release now to every confirmed journalist?',
  urgentSend: 'Yes, send to everyone',
  urgentQueued_one: 'Sending to {{count}} recipient.',
  urgentQueued_few: 'Sending to {{count}} recipients.',
  urgentQueued_many: 'Sending to {{count}} recipients.',
  urgentQueued_other: 'Sending to {{count}} recipients.',
  urgentNeedsNotice: 'Sending to everyone is only possible while the emergency notice is on.',
  urgentNotPublic: 'Publish the release first: only what is already public is sent to everyone.',
}

export const crisisWords = { pl, en }
