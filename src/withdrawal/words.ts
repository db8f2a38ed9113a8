/**
 * The admin's words for withdrawal (the drawer, the refusals of the endpoints), merged into the
 * admin's translations (src/lib/translations.ts). A refusal names the field it is about.
 */
const pl = {
  withdrawEditorsOnly: 'Wycofują informacje tylko redaktorzy i administratorzy.',
  withdrawNotPublished: 'Wycofać można tylko opublikowaną informację.',
  withdrawPendingDraft:
    'Ta informacja ma nieopublikowane zmiany: opublikuj je albo odrzuć, zanim ją wycofasz.',
  withdrawReasonMissing:
    'reason: podaj powód — "error" (opublikowano omyłkowo), "superseded" (zastąpiono) albo "withdrawn" (wycofano).',
  withdrawNoteMissing: 'note: przy wycofaniu podaj wyjaśnienie dla czytelników.',
  withdrawNoteShape: 'note: wyjaśnienie to tekst albo obiekt {"pl": …, "en": …, "uk": …}.',
  withdrawNoteHtml: 'note ({{locale}}): wyjaśnienie nie może zawierać HTML, tylko zwykły tekst.',
  withdrawNoteLong: 'note ({{locale}}): wyjaśnienie może mieć najwyżej {{max}} znaków.',
  withdrawSupersededMissing: 'supersededBy: wskaż informację, która zastępuje tę.',
  withdrawSupersededSame: 'supersededBy: informacja nie może zastąpić samej siebie.',
  withdrawSupersededNotPublic:
    'supersededBy: informacja zastępująca musi być publiczna (opublikowana, po embargu, niewycofana).',
  unwithdrawNothing: 'Ta informacja nie jest wycofana: nie ma czego przywracać.',
  withdrawButton: 'Wycofaj…',
  withdrawTitle: 'Wycofanie informacji',
  withdrawIntro: 'Informacja pozostaje w systemie; wybierz, co zobaczą czytelnicy pod jej adresem.',
  withdrawChoiceError: 'Opublikowano omyłkowo',
  withdrawChoiceErrorHint:
    'Adres odpowiada „usunięto” (410) z wyjaśnieniem, jeśli je podasz; znika z list, wyszukiwarki, kanałów i API.',
  withdrawChoiceSuperseded: 'Zastąpiono',
  withdrawChoiceSupersededHint:
    'Adres przekierowuje (301) na wskazaną publiczną informację; znika z list i wyszukiwarki.',
  withdrawChoiceWithdrawn: 'Wycofano',
  withdrawChoiceWithdrawnHint:
    'Treść zostaje pod adresem z informacją „Wycofano {data}: {powód}” i znakiem wodnym w PDF; znika z list i wyszukiwarki.',
  withdrawNoteLabel: 'Wyjaśnienie dla czytelników ({{language}})',
  withdrawSupersededLabel: 'Zastępuje ją informacja',
  withdrawSupersededPick: 'Wybierz informację…',
  withdrawConfirm: 'Wycofaj',
  withdrawCancel: 'Anuluj',
  withdrawDone: 'Informacja wycofana',
  unwithdrawButton: 'Przywróć',
  unwithdrawDone: 'Informacja przywrócona',
}

const en: typeof pl = {
  withdrawEditorsOnly: 'Only editors and admins withdraw releases.',
  withdrawNotPublished: 'Only a published release can be withdrawn.',
  withdrawPendingDraft:
    'This release has unpublished changes: publish or discard them before withdrawing it.',
  withdrawReasonMissing:
    'reason: give a reason — "error" (published in error), "superseded" or "withdrawn".',
  withdrawNoteMissing: 'note: a withdrawal needs an explanation for readers.',
  withdrawNoteShape: 'note: the explanation is a text or an object {"pl": …, "en": …, "uk": …}.',
  withdrawNoteHtml: 'note ({{locale}}): the explanation cannot contain HTML, only plain text.',
  withdrawNoteLong: 'note ({{locale}}): the explanation may have at most {{max}} characters.',
  withdrawSupersededMissing: 'supersededBy: name the release that replaces this one.',
  withdrawSupersededSame: 'supersededBy: a release cannot supersede itself.',
  withdrawSupersededNotPublic:
    'supersededBy: the replacing release must be public (published, past its embargo, not withdrawn).',
  unwithdrawNothing: 'This release is not withdrawn: there is nothing to restore.',
  withdrawButton: 'Withdraw…',
  withdrawTitle: 'Withdraw the release',
  withdrawIntro: 'The release stays in the system; choose what readers get at its address.',
  withdrawChoiceError: 'Published in error',
  withdrawChoiceErrorHint:
    'Its address answers "gone" (410) with your explanation, if any; it leaves lists, search, feeds and the API.',
  withdrawChoiceSuperseded: 'Superseded',
  withdrawChoiceSupersededHint:
    'Its address redirects (301) to the public release you choose; it leaves lists and search.',
  withdrawChoiceWithdrawn: 'Withdrawn',
  withdrawChoiceWithdrawnHint:
    'The text stays at its address under "Withdrawn on {date}: {reason}" and a PDF watermark; it leaves lists and search.',
  withdrawNoteLabel: 'Explanation for readers ({{language}})',
  withdrawSupersededLabel: 'Replaced by',
  withdrawSupersededPick: 'Choose a release…',
  withdrawConfirm: 'Withdraw',
  withdrawCancel: 'Cancel',
  withdrawDone: 'Release withdrawn',
  unwithdrawButton: 'Restore',
  unwithdrawDone: 'Release restored',
}

export const withdrawalAdminWords = { pl, en }
