/**
 * The admin's own words, in Payload's i18n (`t('custom:…')` in components, `req.t` on the
 * server). Payload interpolates `{{name}}`.
 */
import { distributionWords } from './distributionWords'

const pl = {
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
  quotesInRelease: 'Cytaty w tej informacji:',
  unapprovedQuotes: 'Nie można opublikować, dopóki wszystkie cytaty nie są zatwierdzone.',
  quotePending: 'czeka na zatwierdzenie',
  quoteApproved: 'zatwierdzony',
  quoteRejected: 'odrzucony',
  cannotPublishPending:
    'Nie można opublikować: cytat „{{quote}}”{{speaker}} czeka na zatwierdzenie.',
  cannotPublishRejected: 'Nie można opublikować: cytat „{{quote}}”{{speaker}} został odrzucony.',
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
  importNoHeadline:
    'Nie znaleziono tytułu: pierwszy akapit powinien być krótkim tytułem bez kropki na końcu.',
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
  ...distributionWords.pl,
}

export type CustomKey = keyof typeof pl

const en: Record<CustomKey, string> = {
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
  quotesInRelease: 'Quotes in this release:',
  unapprovedQuotes: 'It cannot be published until every quote is approved.',
  quotePending: 'pending approval',
  quoteApproved: 'approved',
  quoteRejected: 'rejected',
  cannotPublishPending: 'Cannot publish: the quote „{{quote}}”{{speaker}} is pending approval.',
  cannotPublishRejected: 'Cannot publish: the quote „{{quote}}”{{speaker}} was rejected.',
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
  importNoHeadline:
    'No headline found: the first paragraph should be a short title with no full stop at the end.',
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
  ...distributionWords.en,
}

export const translations = { pl: { custom: pl }, en: { custom: en } }

export type CustomTranslationKey = `custom:${CustomKey}`

type Translate = (key: string, vars?: Record<string, unknown>) => string

/** One admin word in the language of whoever asks (`req.t` on the server, `t` in a component). */
export const say = (t: unknown, key: CustomKey, vars?: Record<string, unknown>): string =>
  (t as Translate)(`custom:${key}`, vars)
