/**
 * The admin's own words, in Payload's i18n (`t('custom:…')` in components, `req.t` on the
 * server). Payload interpolates `{{name}}`.
 */
import { auditWords } from '../audit/words'
import { correctionWords } from '../corrections/words'
import { crisisWords } from '../crisis/words'
import { recordWords } from '../record/words'
import { distributionWords } from './distributionWords'
import { importWords } from './importWords'
import { refusalWords } from './refusalWords'
import { momentWords } from './momentWords'
import { reviewWords } from './reviewWords'

const pl = {
  ...auditWords.pl,
  statusDraft: 'Szkic',
  statusScheduled: 'Zaplanowany',
  statusEmbargoed: 'Embargo do',
  statusPublished: 'Opublikowany',
  unpublishedChanges: '+ nieopublikowane zmiany',
  filterLabel: 'Filtr statusu',
  filterAll: 'Wszystkie',
  filterDraft: 'Szkice',
  filterScheduled: 'Zaplanowane',
  filterEmbargoed: 'Pod embargiem',
  filterPublished: 'Opublikowane',
  audienceDraft: 'Dziennikarze jeszcze nie widzą tej informacji: to szkic.',
  audienceScheduled: 'Dziennikarze zobaczą tę informację od {{when}}.',
  audienceEmbargoed: 'Opublikowana, ale dziennikarze zobaczą ją dopiero po embargu: od {{when}}.',
  audiencePublished: 'Dziennikarze widzą tę informację.',
  scheduledFor: 'Zaplanowana publikacja:',
  laterEdit:
    'Zmiany zapisane po zaplanowaniu nie wejdą do zaplanowanej publikacji: zostanie opublikowana zaplanowana wersja, a te zmiany pozostaną szkicem. Zaplanuj ponownie, aby je uwzględnić.',
  scheduleBlocked: 'Zaplanowana publikacja się nie uda, dopóki cytaty nie zostaną zatwierdzone:',
  scheduledVersionGone:
    'Wersja, z którą zaplanowano publikację, już nie istnieje: nic nie zostanie opublikowane. Zaplanuj ponownie.',
  scheduleNoVersion: 'Ta informacja nie ma takiej zapisanej wersji: zapisz ją i zaplanuj ponownie.',
  quotesInRelease: 'Cytaty w tej informacji:',
  unapprovedQuotes: 'Nie można opublikować, dopóki wszystkie cytaty nie są zatwierdzone.',
  quotePending: 'czeka na zatwierdzenie',
  quoteApproved: 'zatwierdzony',
  quoteRejected: 'odrzucony',
  cannotPublishPending:
    'Nie można opublikować: cytat „{{quote}}”{{speaker}} czeka na zatwierdzenie.',
  cannotPublishRejected: 'Nie można opublikować: cytat „{{quote}}”{{speaker}} został odrzucony.',
  cannotPublishNoAlt:
    'Nie można opublikować: zdjęcie „{{image}}” nie ma tekstu alternatywnego w wersji {{language}}. Uzupełnij go w pliku (Media).',
  altInPolish: 'polskiej',
  altInEnglish: 'angielskiej',
  altInUkrainian: 'ukraińskiej',
  upcomingTitle: 'Najbliższe publikacje i embarga',
  nothingScheduled: 'Nic nie zaplanowano.',
  kindPublish: 'Publikacja',
  kindEmbargo: 'Koniec embarga',
  overdueTitle: 'Zaplanowane publikacje są spóźnione — zadania nie są uruchamiane.',
  overdueHint: 'Sprawdź, czy serwer działa, lub uruchom `npm run jobs`. Opóźnione:',
  failedTitle: 'Zaplanowana publikacja nie powiodła się:',
  quotesAwaiting: 'Cytaty do zatwierdzenia',
  quotesList: 'lista',
  nothingWaiting: 'Nic nie czeka.',
  whoApproves: 'Zatwierdza je osoba z uprawnieniem „Zatwierdza cytaty”.',
  comment: 'Komentarz',
  commentOptional: 'Komentarz (opcjonalnie)',
  approve: 'Zatwierdź',
  reject: 'Odrzuć',
  quoteApprovedToast: 'Cytat zatwierdzony',
  quoteRejectedToast: 'Cytat odrzucony',
  importFromFile: 'Importuj z pliku (.docx, .txt)',
  importFileLanguage: 'Język pliku',
  importAsDraft: 'Importuj jako szkic',
  importCancel: 'Anuluj',
  imported: 'Zaimportowano: {{headline}}',
  preview: 'Podgląd',
  downloadPdf: 'Pobierz PDF',
  packPdf: 'Pakiet PDF',
  journalistsImport: 'Importuj z CSV',
  journalistsImportHint:
    'Kolumny w pierwszym wierszu: name, email, outlet, languages, topics (języki i tematy rozdzielone średnikiem).',
  journalistsImportConsent:
    'Te osoby już zgodziły się na nasze informacje (np. dotychczasowa lista prasowa): zapisz je jako potwierdzone. Bez zaznaczenia każda dostanie e-mail z prośbą o potwierdzenie.',
  journalistsImportRun: 'Importuj',
  journalistsImported: 'Zaimportowano {{imported}} z {{rows}} wierszy (zgoda: {{consent}}).',
  journalistsImportErrors: 'Błędne wiersze',
  journalistsImportDuplicates: 'Duplikaty',
  journalistsImportLine: 'wiersz {{line}}',
  journalistsImportEncoding:
    'Plik nie był zapisany w UTF-8: odczytano go jako Windows-1250 (CSV z polskiego Excela). Sprawdź polskie litery w zaimportowanych danych.',
  privacyTitle: 'Ochrona danych',
  privacyExport: 'Eksportuj dane (JSON)',
  privacyErase: 'Usuń dane osobowe',
  privacyEraseConfirm:
    'Usunąć imię, adres i redakcję tej osoby? Liczby wysyłek zostaną, danych nie da się przywrócić.',
  privacyErased: 'Dane osobowe usunięte.',
  privacyAdminsOnly: 'Eksport i usuwanie danych: tylko administratorzy.',
  journalistTrustEditorsOnly:
    'Tylko redaktor może uznać dziennikarza za zaufanego przy materiałach pod embargiem.',
  journalistConsentEditorsOnly: 'Tylko redaktor może potwierdzić zgodę dziennikarza.',
  journalistTrustedEmailEditorsOnly:
    'Tylko redaktor może zmienić adres dziennikarza zaufanego przy materiałach pod embargiem.',
  quoteCitedIn: 'Cytowany w:',
  quoteNotCited: 'Żadna informacja jeszcze go nie cytuje.',
  refusePublishRelease:
    'Tylko redaktor może opublikować informację: zapisz ją jako szkic i poproś redaktora.',
  refusePublishPack:
    'Tylko redaktor może opublikować pakiet prasowy: zapisz go jako szkic i poproś redaktora.',
  refuseChangePublishedRelease:
    'Tylko redaktor może zmienić lub wycofać opublikowaną informację: zapisz zmianę jako szkic i poproś redaktora.',
  refuseChangePublishedPack:
    'Tylko redaktor może zmienić lub wycofać opublikowany pakiet prasowy: zapisz zmianę jako szkic i poproś redaktora.',
  refuseVersionFlagRelease:
    'Tylko redaktor może zapisać informację z opcją {{flag}}: zapisz zmianę jako szkic (?draft=true) i poproś redaktora.',
  refuseVersionFlagPack:
    'Tylko redaktor może zapisać pakiet prasowy z opcją {{flag}}: zapisz zmianę jako szkic (?draft=true) i poproś redaktora.',
  refuseRestoreRelease:
    'Tylko redaktor może przywrócić wersję informacji: przywróć ją jako szkic i poproś redaktora.',
  refuseRestorePack:
    'Tylko redaktor może przywrócić wersję pakietu prasowego: przywróć ją jako szkic i poproś redaktora.',
  refuseLiveContent:
    'Pokazuje to opublikowana informacja ({{noun}}), więc zmienić to może tylko redaktor. Poproś redaktora albo dodaj nowy element w miejsce tego.',
  refuseNotApprover:
    'Cytaty zatwierdzają i odrzucają tylko osoby z uprawnieniem „Zatwierdza cytaty”.',
  nounQuote: 'cytat',
  nounPerson: 'osoba',
  nounFile: 'plik',
  nounPressContact: 'kontakt dla mediów',
  nounBoilerplate: 'notka',
  nounDocument: 'dokument',
  ...distributionWords.pl,
  ...importWords.pl,
  ...refusalWords.pl,
  ...crisisWords.pl,
  ...momentWords.pl,
  ...reviewWords.pl,
  ...recordWords.pl,
  ...correctionWords.pl,
}

export type CustomKey = keyof typeof pl

const en: Record<CustomKey, string> = {
  ...auditWords.en,
  statusDraft: 'Draft',
  statusScheduled: 'Scheduled',
  statusEmbargoed: 'Embargoed until',
  statusPublished: 'Published',
  unpublishedChanges: '+ unpublished changes',
  filterLabel: 'Status filter',
  filterAll: 'All',
  filterDraft: 'Drafts',
  filterScheduled: 'Scheduled',
  filterEmbargoed: 'Embargoed',
  filterPublished: 'Published',
  audienceDraft: 'Journalists do not see this release yet: it is a draft.',
  audienceScheduled: 'Journalists will see this release from {{when}}.',
  audienceEmbargoed: 'Published, but journalists see it only after the embargo: from {{when}}.',
  audiencePublished: 'Journalists see this release.',
  scheduledFor: 'Scheduled publication:',
  laterEdit:
    'Edits saved after scheduling are not part of the scheduled publication: the scheduled version goes out and these edits stay a draft. Schedule again to include them.',
  scheduleBlocked: 'The scheduled publication will fail until these quotes are approved:',
  scheduledVersionGone:
    'The version this publication was scheduled with no longer exists: nothing will be published. Schedule it again.',
  scheduleNoVersion: 'This release has no such saved version: save it and schedule again.',
  quotesInRelease: 'Quotes in this release:',
  unapprovedQuotes: 'It cannot be published until every quote is approved.',
  quotePending: 'pending approval',
  quoteApproved: 'approved',
  quoteRejected: 'rejected',
  cannotPublishPending: 'Cannot publish: the quote „{{quote}}”{{speaker}} is pending approval.',
  cannotPublishRejected: 'Cannot publish: the quote „{{quote}}”{{speaker}} was rejected.',
  cannotPublishNoAlt:
    'Cannot publish: the image “{{image}}” has no alt text in the {{language}} version. Add it to the file (Media).',
  altInPolish: 'Polish',
  altInEnglish: 'English',
  altInUkrainian: 'Ukrainian',
  upcomingTitle: 'Next publications and embargo lifts',
  nothingScheduled: 'Nothing is scheduled.',
  kindPublish: 'Publication',
  kindEmbargo: 'Embargo lifts',
  overdueTitle: 'Scheduled publications are overdue — scheduled jobs are not being run.',
  overdueHint: 'Check that the server is running, or run `npm run jobs`. Late:',
  failedTitle: 'A scheduled publication failed:',
  quotesAwaiting: 'Quotes awaiting approval',
  quotesList: 'list',
  nothingWaiting: 'Nothing is waiting.',
  whoApproves: 'Someone with "Approves quotes" decides on them.',
  comment: 'Comment',
  commentOptional: 'Comment (optional)',
  approve: 'Approve',
  reject: 'Reject',
  quoteApprovedToast: 'Quote approved',
  quoteRejectedToast: 'Quote rejected',
  importFromFile: 'Import from a file (.docx, .txt)',
  importFileLanguage: 'Language of the file',
  importAsDraft: 'Import as a draft',
  importCancel: 'Cancel',
  imported: 'Imported: {{headline}}',
  preview: 'Preview',
  downloadPdf: 'Download PDF',
  packPdf: 'Pack PDF',
  journalistsImport: 'Import from CSV',
  journalistsImportHint:
    'Columns named in the first row: name, email, outlet, languages, topics (languages and topics separated by semicolons).',
  journalistsImportConsent:
    'These people have already agreed to get our releases (e.g. an existing press list): record them as confirmed. Unticked, each gets an e-mail asking to confirm.',
  journalistsImportRun: 'Import',
  journalistsImported: 'Imported {{imported}} of {{rows}} rows (consent: {{consent}}).',
  journalistsImportErrors: 'Bad rows',
  journalistsImportDuplicates: 'Duplicates',
  journalistsImportLine: 'line {{line}}',
  journalistsImportEncoding:
    'The file was not UTF-8: it was read as Windows-1250 (CSV from a Polish Excel). Check the Polish letters of the imported data.',
  privacyTitle: 'Data protection',
  privacyExport: 'Export data (JSON)',
  privacyErase: 'Erase personal data',
  privacyEraseConfirm:
    "Erase this person's name, address and outlet? Delivery counts stay; the data cannot be restored.",
  privacyErased: 'Personal data erased.',
  privacyAdminsOnly: 'Exporting and erasing data: admins only.',
  journalistTrustEditorsOnly: 'Only an editor may trust a journalist with embargoed material.',
  journalistConsentEditorsOnly: "Only an editor may confirm a journalist's consent.",
  journalistTrustedEmailEditorsOnly:
    'Only an editor may change the address of a journalist trusted with embargoed material.',
  quoteCitedIn: 'Cited in:',
  quoteNotCited: 'No release cites it yet.',
  refusePublishRelease: 'Only editors can publish a release: save it as a draft and ask an editor.',
  refusePublishPack: 'Only editors can publish a press pack: save it as a draft and ask an editor.',
  refuseChangePublishedRelease:
    'Only editors can change or unpublish a published release: save your edit as a draft and ask an editor.',
  refuseChangePublishedPack:
    'Only editors can change or unpublish a published press pack: save your edit as a draft and ask an editor.',
  refuseVersionFlagRelease:
    'Only editors can save a release with {{flag}}: save your edit as a draft (?draft=true) and ask an editor.',
  refuseVersionFlagPack:
    'Only editors can save a press pack with {{flag}}: save your edit as a draft (?draft=true) and ask an editor.',
  refuseRestoreRelease:
    'Only editors can restore a version of a release: restore it as a draft and ask an editor.',
  refuseRestorePack:
    'Only editors can restore a version of a press pack: restore it as a draft and ask an editor.',
  refuseLiveContent:
    'This {{noun}} is shown by a published release: only an editor can change it. Ask an editor, or prepare a new {{noun}}.',
  refuseNotApprover: 'Only approvers can approve or reject quotes.',
  nounQuote: 'quote',
  nounPerson: 'person',
  nounFile: 'file',
  nounPressContact: 'press contact',
  nounBoilerplate: 'boilerplate',
  nounDocument: 'document',
  ...distributionWords.en,
  ...importWords.en,
  ...refusalWords.en,
  ...crisisWords.en,
  ...momentWords.en,
  ...reviewWords.en,
  ...recordWords.en,
  ...correctionWords.en,
}

/**
 * Payload's Polish templates that put our nouns in the wrong case ("Pomyślnie utworzono Użytkownik",
 * "Tworzenie nowego Cytat"): Polish declines the noun, and a label has one form, so the templates
 * name it after a colon instead. Also Payload's own Polish words that read wrong to the office.
 */
const polishTemplates = {
  general: {
    successfullyCreated: 'Utworzono: {{label}}.',
    successfullyDuplicated: 'Skopiowano: {{label}}.',
    updatedLabelSuccessfully: 'Zapisano: {{label}}.',
    titleDeleted: 'Usunięto: {{label}} „{{title}}”.',
    creatingNewLabel: 'Tworzenie: {{label}}',
    createNewLabel: 'Utwórz: {{label}}',
    newLabel: 'Dodaj: {{label}}',
    editLabel: 'Edycja: {{label}}',
    editingLabel_one: 'Edycja: {{label}} ({{count}})',
    editingLabel_many: 'Edycja: {{label}} ({{count}})',
    editingLabel_other: 'Edycja: {{label}} ({{count}})',
    deleteLabel: 'Usuń: {{label}}',
    aboutToDelete: 'Usunąć ({{label}}) <1>{{title}}</1>?',
    noResults:
      'Nie znaleziono: {{label}}. Może jeszcze ich nie ma albo żaden nie pasuje do filtrów powyżej.',
    selectLabel: 'Wybierz: {{label}}',
    showAllLabel: 'Pokaż wszystkie: {{label}}',
    noLabel: '<Brak: {{label}}>',
    // The list's search placeholder: Payload's Polish "Szukaj według" drops the first field's name.
    searchBy: 'Szukaj: {{label}}',
    // The sign-in, account and user forms' e-mail field, and the users list's column.
    email: 'Adres e-mail',
    true: 'Tak',
    false: 'Nie',
    upcomingEvents: 'Nadchodzące zdarzenia',
    // The content-language switch: the language of this version, not "regional settings".
    locale: 'Wersja językowa',
    locales: 'Wersje językowe',
    fallbackToDefaultLocale: 'Treść z domyślnej wersji językowej',
  },
  fields: {
    addLabel: 'Dodaj: {{label}}',
    addNewLabel: 'Dodaj: {{label}}',
    newLabel: 'Dodaj: {{label}}',
    chooseLabel: 'Wybierz: {{label}}',
    selectExistingLabel: 'Wybierz z listy: {{label}}',
    uploadNewLabel: 'Prześlij: {{label}}',
    editLabelData: 'Edytuj dane: {{label}}',
  },
  version: {
    noRowsFound: 'Nie znaleziono: {{label}}',
    selectLocales: 'Wybierz wersje językowe do wyświetlenia',
    showLocales: 'Pokaż wersje językowe:',
  },
  localization: {
    selectedLocales: 'Wybrane wersje językowe',
  },
}

export const translations = {
  pl: { custom: pl, ...polishTemplates },
  en: { custom: en },
}

const interpolate = (text: string, vars: Record<string, unknown> = {}) =>
  text.replace(/{{(\w+)}}/g, (_, name: string) => String(vars[name] ?? ''))

const custom: Record<string, Record<CustomKey, string>> = { pl, en }

/**
 * The admin's words without a request (the command line, a message made before the asker is
 * known): in `language` when we write it, else in English.
 */
export const wordsIn =
  (language: string) =>
  (key: CustomKey, vars?: Record<string, unknown>): string =>
    interpolate((custom[language] ?? en)[key], vars)

type Translate = (key: string, vars?: Record<string, unknown>) => string

/** One admin word in the language of whoever asks (`req.t` on the server, `t` in a component). */
export const say = (t: unknown, key: CustomKey, vars?: Record<string, unknown>): string =>
  (t as Translate)(`custom:${key}`, vars)

/** The words that have a form per plural category: `<key>_one`, `_few`, `_many`, `_other`. */
export type PluralKey = {
  [K in CustomKey]: K extends `${infer Base}_one` ? Base : never
}[CustomKey]

/**
 * A word with a number in the form the language needs, chosen by Intl.PluralRules: Payload's own
 * count rule (2–5 "few", above 5 "many") gives "1 odbiorców" and "22 odbiorców" in Polish.
 */
export const sayCount = (t: unknown, language: string, key: PluralKey, count: number): string =>
  say(t, `${key}_${new Intl.PluralRules(language).select(count)}` as CustomKey, { count })
