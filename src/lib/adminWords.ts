/**
 * The admin's words: the one catalogue of what the admin says, in the admin's languages (Payload's
 * `supportedLanguages`: Polish and English), loaded into Payload's i18n by src/lib/translations.ts
 * as `custom:<key>`. Payload interpolates `{{name}}`. A key is written once here, in both languages.
 */
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
  scheduledVersionGone:
    'Wersja, z którą zaplanowano publikację, już nie istnieje: nic nie zostanie opublikowane. Zaplanuj ponownie.',
  scheduleNoVersion: 'Ta informacja nie ma takiej zapisanej wersji: zapisz ją i zaplanuj ponownie.',
  quotesInRelease: 'Cytaty w tej informacji:',
  unapprovedQuotes: 'Nie można opublikować, dopóki wszystkie cytaty nie są zatwierdzone.',
  quotePending: 'czeka na zatwierdzenie',
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
  cancel: 'Anuluj',
  reject: 'Odrzuć',
  quoteApprovedToast: 'Cytat zatwierdzony',
  quoteRejectedToast: 'Cytat odrzucony',
  importFromFile: 'Importuj z pliku (.docx, .txt)',
  importFileLanguage: 'Język pliku',
  importAsDraft: 'Importuj jako szkic',
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
  // The distribution panel on a release, and why a delivery was skipped or failed.
  distTitle: 'Dystrybucja',
  distSaveFirst: 'Zapisz informację, aby ją wysłać.',
  distLists: 'Listy wysyłkowe',
  distNoLists: 'Nie ma jeszcze list wysyłkowych (Dystrybucja → Listy wysyłkowe).',
  distMode: 'Kiedy wysłać',
  distAtPublication: 'Przy publikacji: gdy informacja stanie się publiczna',
  distPreDelivery: 'Przed embargiem, imiennie: tylko do zaufanych dziennikarzy',
  distNow: 'teraz',
  distAt: 'o godzinie',
  distRecipients: 'Odbiorcy: {{count}}',
  distSkippedCount: 'Pominięci: {{count}}',
  distAlready: 'Już otrzymali tę informację: {{count}}',
  distNotConfirmed:
    'Na listach, ale bez potwierdzonej zgody (nie dostaną nic): {{pending}} czeka na potwierdzenie, {{unsubscribed}} wypisanych',
  distSend: 'Wyślij',
  distAuthorsReadOnly: 'Wysyłają redaktorzy i administratorzy; autorzy przygotowują.',
  distSent: 'Wysłane',
  distFailed: 'Nieudane',
  distSkipped: 'Pominięte',
  distOpened: 'Otwarte',
  distWaiting: 'W kolejce',
  distJournalist: 'Dziennikarz',
  distKind: 'Rodzaj',
  distStatus: 'Status',
  distUses: 'Użycia linku',
  distNoDeliveries: 'Tej informacji jeszcze nie wysłano.',
  distRevoke: 'Unieważnij link',
  distRevoked: 'link unieważniony {{when}}',
  distRevokeAll: 'Unieważnij wszystkie linki',
  distRevokeAllConfirm:
    'Unieważnić wszystkie osobiste linki tej informacji? Dziennikarze zobaczą „Nie znaleziono”.',
  distRevokedCount: 'Unieważniono linki: {{count}}',
  distKindPublication: 'przy publikacji',
  distKindPreDelivery: 'przed embargiem',
  distStatusQueued: 'w kolejce',
  distStatusSending: 'wysyłanie',
  distStatusSent: 'wysłano',
  distStatusFailed: 'nieudane',
  distStatusSkipped: 'pominięto',
  distOutbox: 'Skrzynka nadawcza',
  distOutboxHint:
    'Bez SMTP_URL wiadomości nie wychodzą z serwera: każda jest zapisana jako plik .eml w folderze outbox.',
  distOutboxEmpty: 'Skrzynka jest pusta.',
  distTo: 'Do',
  distSubject: 'Temat',
  distTime: 'Czas',
  distReasonNoLanguage: 'Informacja nie ma wersji w żadnym z języków dziennikarza ({{detail}}).',
  distReasonNotEmbargoTrusted:
    'Bez zaufania do materiałów pod embargiem: dostanie informację dopiero przy publikacji.',
  distReasonLinkRevoked: 'Link unieważniono przed wysłaniem wiadomości.',
  distReasonConsentPending: 'W chwili wysyłki zgoda nie była jeszcze potwierdzona.',
  distReasonUnsubscribed: 'W chwili wysyłki dziennikarz był wypisany.',
  distReasonJournalistDeleted: 'Dziennikarza usunięto.',
  distReasonNoPublishedVersion: 'Informacja nie ma opublikowanej wersji w tym języku.',
  distReasonMessageFailed: 'Nie udało się przygotować wiadomości: {{detail}}',
  distReasonRetrying: 'Próba {{attempts}} nieudana, ponowimy: {{detail}}',
  distReasonSmtpRefused: 'Serwer pocztowy odrzucił wiadomość: {{detail}}',
  distReasonCancelledAfterFreeze: 'Anulowana przez redaktora po wstrzymaniu publikacji.',
  distReasonGaveUp: 'Zrezygnowano po {{attempts}} próbach: {{detail}}',
  distPreNotEmbargoed:
    'Wysyłka przed embargiem jest dla informacji pod embargiem, zanim embargo minie; ta informacja nie jest pod embargiem.',
  distPrePublishFirst:
    'Opublikuj informację (pozostanie ukryta do końca embarga), zanim wyślesz ją przed embargiem.',
  distQueued_one: 'Zlecono wysyłkę do {{count}} odbiorcy.',
  distQueued_few: 'Zlecono wysyłkę do {{count}} odbiorców.',
  distQueued_many: 'Zlecono wysyłkę do {{count}} odbiorców.',
  distQueued_other: 'Zlecono wysyłkę do {{count}} odbiorcy.',
  // The server's refusals from our own endpoints and the password rule: each carries its key (refused, src/lib/errors.ts), worded in English for the command line and logs and in the asker's language at the HTTP edge.
  refuseNoRelease: 'Nie ma informacji prasowej o numerze {{id}}.',
  refuseNoDelivery: 'Nie ma wysyłki o numerze {{id}}.',
  refuseNoJournalist: 'Nie ma dziennikarza o numerze {{id}}.',
  refuseSendLogIn: 'Zaloguj się, aby wysyłać informacje.',
  refuseSendEditorsOnly: 'Wysyłają tylko redaktorzy i administratorzy; autorzy przygotowują.',
  refuseSendJson:
    'Treść żądania musi być w JSON: {"lists": [numery list], "mode": "at-publication" albo "pre-delivery", "at"?: czas ISO}.',
  refuseSendMode: 'Nieznany sposób wysyłki „{{mode}}”: wybierz jeden z: {{modes}}.',
  refuseSendAtOnlyPre:
    'Godzinę wysyłki podaje się tylko przy wysyłce przed embargiem: przy publikacji wiadomości wychodzą, gdy informacja staje się publiczna.',
  refuseSendAtUnreadable: 'Godzina wysyłki „{{value}}” nie jest datą z godziną.',
  refuseSendAtAfterEmbargo:
    'Wysyłka przed embargiem musi nastąpić przed końcem embarga; później wyślij przy publikacji.',
  refuseSendNoList: 'Wybierz co najmniej jedną listę wysyłkową.',
  refuseSendUnknownList: 'Nie ma listy wysyłkowej o numerze {{ids}}.',
  refuseRevokeLogIn: 'Zaloguj się, aby unieważniać linki.',
  refuseRevokeEditorsOnly: 'Linki osobiste unieważniają tylko redaktorzy i administratorzy.',
  refuseAdminsOnlyExport: 'Dane osobowe eksportują tylko administratorzy.',
  refuseAdminsOnlyErase: 'Dane osobowe usuwają tylko administratorzy.',
  refuseJournalistsNoFile: 'Wybierz plik CSV do zaimportowania.',
  refuseJournalistsNul:
    'Wiersz {{line}} zawiera znak NUL: to nie jest tabela CSV (zapisz plik jako CSV UTF-8). Nic nie zaimportowano.',
  refuseJournalistsTooManyRows:
    'Plik ma więcej niż {{rows}} wierszy, a import może mieć najwyżej {{rows}}. Nic nie zaimportowano.',
  refuseJournalistsNotCsv: 'Plik nie jest poprawną tabelą CSV: {{detail}}',
  refuseJournalistsNotCsvAt: 'Plik nie jest poprawną tabelą CSV (wiersz {{line}}): {{detail}}',
  refuseJournalistsEmpty:
    'Plik jest pusty: oczekiwano wiersza nagłówka i jednego dziennikarza w każdym kolejnym wierszu.',
  refuseJournalistsColumns:
    'Pierwszy wiersz musi nazywać kolumny ({{columns}}); brakuje: {{missing}}.',
  refuseJournalistsRowFailed:
    'Nie udało się zapisać wiersza {{line}} ({{email}}): {{detail}} Nic nie zaimportowano.',
  refuseJournalistsTooLarge:
    'Plik jest większy niż {{mb}} MB, a tyle najwyżej może mieć import. Nic nie zaimportowano.',
  refuseImportNoFile: 'Wybierz plik .txt lub .docx do zaimportowania.',
  refuseImportTooLarge: 'Plik jest większy niż {{mb}} MB, a tyle najwyżej może mieć import.',
  refuseImportFormat: 'Nie można zaimportować pliku {{file}}: wybierz plik .txt lub .docx.',
  refuseImportEmpty: 'Plik {{file}} jest pusty: nie ma tekstu do zaimportowania.',
  refuseImportNoTextAfterDateline: 'Plik {{file}} nie ma tekstu po dacie i miejscowości.',
  refuseImportUnreadable: 'Nie można odczytać pliku {{file}}: {{why}}.',
  refuseImportNotUtf8:
    'Plik {{file}} nie jest tekstem w UTF-8: zapisz go jako UTF-8 i zaimportuj ponownie.',
  refuseImportFileSize: 'Plik {{file}} ma {{size}}; import może mieć najwyżej {{limit}}.',
  refuseImportParts: 'Plik {{file}} ma za dużo części jak na informację prasową.',
  refuseImportUnpacked:
    'Plik {{file}} po rozpakowaniu ma ponad {{limit}}: za dużo jak na informację prasową.',
  refuseImportXml:
    'Plik {{file}} ma ponad {{limit}} tekstu i formatowania: za dużo jak na informację prasową.',
  refuseImportImages: 'Plik {{file}} ma {{count}} zdjęć; informacja może mieć najwyżej {{limit}}.',
  refuseImportParagraphs:
    'Plik {{file}} ma {{count}} akapitów; informacja może mieć najwyżej {{limit}}.',
  refuseImportCharacters:
    'Plik {{file}} ma {{count}} znaków tekstu; informacja może mieć najwyżej {{limit}}.',
  refuseImportWords: 'Plik {{file}} ma {{count}} słów; informacja może mieć najwyżej {{limit}}.',
  refuseImportFormattedPieces:
    'Plik {{file}} ma {{count}} fragmentów tekstu o różnym formatowaniu; informacja może mieć najwyżej {{limit}}: wyczyść formatowanie tekstu i zaimportuj go ponownie.',
  refuseImportSlow:
    'Odczyt pliku {{file}} trwał dłużej niż {{seconds}} s: plik jest zbyt złożony, by go zaimportować.',
  refuseImportMemory:
    'Odczyt pliku {{file}} wymaga zbyt dużo pamięci: plik jest za duży, by go zaimportować.',
  refuseImportNotDocument: 'Plik {{file}} nie jest dokumentem, który da się odczytać.',
  refuseImportNotDocx: 'Plik {{file}} nie jest dokumentem .docx, który da się odczytać.',
  refuseImportLocale: 'Nieznany język „{{locale}}”: wybierz jeden z: {{locales}}.',
  refuseImportHeadlineEmpty: 'Tytuł jest pusty: wpisz tytuł albo zostaw pole puste.',
  refusePasswordShort: 'Hasło musi mieć co najmniej {{min}} znaków.',
  refusePasswordCommon: 'To hasło jest zbyt popularne: wybierz inne.',
  // Importing a release from a file: the form above the releases list, the import's answer, the draft's notice.
  importHeadline: 'Tytuł (opcjonalnie)',
  importHeadlineHint: 'Bez tytułu: pierwsze zdanie tekstu, do sprawdzenia',
  importedDraft: 'Zaimportowano szkic „{{headline}}”.',
  importedProvisional:
    'Plik nie miał tytułu: tytułem tymczasowym jest pierwsze zdanie tekstu — sprawdź go.',
  importedDateDateline: 'Data z nagłówka pliku: {{date}}.',
  importedDateText: 'Data z tekstu: {{date}}.',
  importedDateToday: 'Tekst nie podaje daty: ustawiono dzisiejszą ({{date}}).',
  importedQuotes:
    'Akapity z cytatem przeniesiono do cytatów (czekają na zatwierdzenie): {{speakers}}.',
  importedNewPerson: '{{name}} (nowa osoba)',
  provisionalHeadline:
    'Tytuł tymczasowy — sprawdź. Plik nie miał tytułu, więc tytułem jest pierwsze zdanie tekstu. Ta uwaga zniknie, gdy zmienisz tytuł i zapiszesz.',
  // The second pair of eyes: submitting, returning, forced publications. A refusal that reaches the form's toast has no colon: Payload's toast reads "intro: a, b" as a list of field errors.
  refuseSchedule: 'Tylko redaktor może zaplanować lub odwołać publikację: poproś redaktora.',
  reviewWriterMayNotPublish:
    'Zasada „druga para oczu” – bieżąca treść jest Twojego autorstwa, więc opublikować ją może tylko inny redaktor. Bez niego opublikujesz ją tylko z podanym powodem (forceReason).',
  reviewWriterMayNotSchedule:
    'Zasada „druga para oczu” – bieżąca treść jest Twojego autorstwa, więc zaplanować jej publikację może tylko inny redaktor.',
  reviewWriterMayNotSend:
    'Zasada „druga para oczu” – bieżąca treść jest Twojego autorstwa, więc wysłać ją dziennikarzom może tylko inny redaktor.',
  reviewForceReasonMissing:
    'Powód publikacji bez drugiej pary oczu (forceReason) – podaj, dlaczego publikujesz bez akceptacji innego redaktora.',
  reviewNoText:
    'Treść: informacja nie ma tekstu w żadnym języku (lead ani treść). Napisz go, zanim przekażesz ją do akceptacji.',
  reviewNoPackText:
    'Wstęp i informacje prasowe: pakiet nie ma treści. Uzupełnij go, zanim przekażesz go do akceptacji.',
  reviewNothingToReview:
    'Nic nie czeka na akceptację: najnowsza wersja jest już opublikowana. Zapisz zmiany jako szkic.',
  reviewCommentMissing: 'Komentarz: napisz, co trzeba poprawić.',
  reviewOnlyEditorsReturn: 'Tylko redaktor może zwrócić informację do poprawy.',
  reviewOnlyEditorsApprove: 'Tylko redaktor może zatwierdzić publikację bez drugiej pary oczu.',
  reviewNotForced:
    'Ta publikacja nie czeka na zatwierdzenie: nie była wymuszona albo już ją zatwierdzono.',
  reviewSameEditorApproves:
    'Zasada „druga para oczu” – publikacja bez akceptacji była Twoją decyzją, więc zatwierdzić ją musi inny redaktor.',
  reviewSubmit: 'Przekaż do akceptacji',
  reviewSubmitted: 'Przekazano do akceptacji.',
  reviewSaveFirst: 'Najpierw zapisz szkic, potem przekaż go do akceptacji.',
  reviewWaiting: 'Czeka na akceptację',
  reviewReturned: 'Do poprawy',
  reviewReturnSend: 'Zwróć do poprawy',
  reviewReturnedToast: 'Zwrócono do poprawy.',
  reviewForced: 'Opublikowano bez drugiej pary oczu',
  reviewForcedBy: 'Opublikowano: {{when}}, {{who}}. Powód: {{reason}}',
  reviewApproveForced: 'Zatwierdzam publikację',
  reviewApprovedToast: 'Publikacja zatwierdzona.',
  reviewForceExplain:
    'Bieżąca treść jest Twojego autorstwa: opublikować ją powinien inny redaktor. Jeśli trzeba opublikować bez niego, podaj powód. Publikacja będzie oznaczona, dopóki nie zatwierdzi jej inny redaktor.',
  reviewForceReason: 'Powód publikacji bez drugiej pary oczu',
  reviewForcePublish: 'Opublikuj bez drugiej pary oczu',
  reviewThread: 'Uwagi do poprawy',
  reviewSubmittedBy: 'przekazano: {{when}}, {{who}}',
  reviewMailSubject: 'Czeka na akceptację: {{title}}',
  reviewMailBody:
    '{{who}} przekazuje do akceptacji: „{{title}}”.\n\nOtwórz w panelu: {{url}}\n\nOpublikować może redaktor, który nie pisał tej treści.',
  reviewVersion: 'wersja {{version}}',
  secondPairOfEyes: 'Druga para oczu',
  secondPairOfEyesHelp:
    'Informację i pakiet publikuje, planuje lub wysyła dziennikarzom tylko redaktor, który nie pisał ich bieżącej treści.',
  // Dates and times: typed moments, embargo ends, scheduled publications.
  scheduleWhen: 'Termin',
  scheduleLanguage: 'Język publikacji',
  scheduleAllLanguages: 'Wszystkie języki',
  scheduleUpcoming: 'Zaplanowane zmiany',
  momentUnreadable: 'Nie rozpoznano daty i godziny. Wpisz je tak: {{example}}.',
  momentExample: 'np. {{example}}',
  embargoMissing: 'Informacja z embargiem potrzebuje daty i godziny końca embarga.',
  embargoPast:
    'Koniec embarga ({{when}}) już minął. Podaj przyszły termin albo wybierz „Do natychmiastowej publikacji”.',
  schedulePast:
    'Termin publikacji ({{when}}) już minął. Wybierz przyszły termin albo opublikuj od razu.',
  // The audit trail (Dziennik zdarzeń).
  auditAppendOnly: 'Wpisów w dzienniku zdarzeń nie można zmieniać ani usuwać.',
  auditDateInvalid:
    'Pole „{{field}}”: podaj dzień w postaci RRRR-MM-DD (np. 2026-12-07) albo pełną datę i godzinę ISO.',
  auditRangeInvalid: 'Pole „od” ({{from}}) jest późniejsze niż pole „do” ({{to}}).',
  auditAdminsOnly: 'Dziennik zdarzeń mogą przeglądać i pobierać tylko administratorzy.',
  auditCsvTitle: 'Pobierz dziennik jako CSV',
  auditCsvFrom: 'Od dnia',
  auditCsvTo: 'Do dnia (włącznie)',
  auditCsvDownload: 'Pobierz CSV',
  auditCsvHint:
    'Puste pola: cały dziennik. Filtry listy (dokument, osoba, dzień) są w przycisku „Filtry”.',
  auditField_status: 'status',
  auditField_embargoUntil: 'embargo do',
  auditField_scheduledAt: 'termin publikacji',
  auditField_review: 'akceptacja',
  auditField_forcedPublication: 'powód publikacji bez drugiej pary oczu',
  auditField_forcedApprovedBy: 'zaakceptował(a) po publikacji',
  auditField_role: 'rola',
  auditField_approver: 'zatwierdza cytaty',
  // A stored value as the admin shows it: the audit trail's changes, a cited quote's status.
  value_draft: 'szkic',
  value_published: 'opublikowana',
  value_none: 'brak',
  value_submitted: 'czeka na akceptację',
  value_returned: 'do poprawy',
  value_approved: 'zatwierdzony',
  value_rejected: 'odrzucony',
  value_pending: 'czeka na zatwierdzenie',
  // The crisis tools: the notice, the freeze, the held list, "send to everyone now".
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

export type AdminWordKey = keyof typeof pl

const en: Record<AdminWordKey, string> = {
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
  cancel: 'Cancel',
  reject: 'Reject',
  quoteApprovedToast: 'Quote approved',
  quoteRejectedToast: 'Quote rejected',
  importFromFile: 'Import from a file (.docx, .txt)',
  importFileLanguage: 'Language of the file',
  importAsDraft: 'Import as a draft',
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
  // The distribution panel on a release, and why a delivery was skipped or failed.
  distTitle: 'Distribution',
  distSaveFirst: 'Save the release to send it.',
  distLists: 'Mailing lists',
  distNoLists: 'There are no mailing lists yet (Distribution → Mailing lists).',
  distMode: 'When to send',
  distAtPublication: 'At publication: when the release becomes public',
  distPreDelivery: 'Before the embargo, personally: to trusted journalists only',
  distNow: 'now',
  distAt: 'at',
  distRecipients: 'Recipients: {{count}}',
  distSkippedCount: 'Skipped: {{count}}',
  distAlready: 'Already have this release: {{count}}',
  distNotConfirmed:
    'On the lists without confirmed consent (they get nothing): {{pending}} pending, {{unsubscribed}} unsubscribed',
  distSend: 'Send',
  distAuthorsReadOnly: 'Editors and admins send; authors prepare.',
  distSent: 'Sent',
  distFailed: 'Failed',
  distSkipped: 'Skipped',
  distOpened: 'Opened',
  distWaiting: 'Queued',
  distJournalist: 'Journalist',
  distKind: 'Kind',
  distStatus: 'Status',
  distUses: 'Link uses',
  distNoDeliveries: 'This release has not been sent yet.',
  distRevoke: 'Revoke link',
  distRevoked: 'link revoked {{when}}',
  distRevokeAll: 'Revoke all links',
  distRevokeAllConfirm:
    'Revoke every personal link of this release? Journalists will see "Not found".',
  distRevokedCount: 'Links revoked: {{count}}',
  distKindPublication: 'at publication',
  distKindPreDelivery: 'before the embargo',
  distStatusQueued: 'queued',
  distStatusSending: 'sending',
  distStatusSent: 'sent',
  distStatusFailed: 'failed',
  distStatusSkipped: 'skipped',
  distOutbox: 'Outbox',
  distOutboxHint:
    'With no SMTP_URL, mail does not leave the server: each message is written as an .eml file to the outbox folder.',
  distOutboxEmpty: 'The outbox is empty.',
  distTo: 'To',
  distSubject: 'Subject',
  distTime: 'Time',
  distReasonNoLanguage:
    "The release is not written in any of the journalist's languages ({{detail}}).",
  distReasonNotEmbargoTrusted:
    'Not trusted with embargoed material: gets the release at publication only.',
  distReasonLinkRevoked: 'Link revoked before the message was sent.',
  distReasonConsentPending: 'Consent is pending at sending time.',
  distReasonUnsubscribed: 'Consent is unsubscribed at sending time.',
  distReasonJournalistDeleted: 'The journalist was deleted.',
  distReasonNoPublishedVersion: 'The release has no published version in this language.',
  distReasonMessageFailed: 'Could not build the message: {{detail}}',
  distReasonRetrying: 'Attempt {{attempts}} failed, will retry: {{detail}}',
  distReasonSmtpRefused: 'The mail server refused it: {{detail}}',
  distReasonCancelledAfterFreeze: 'Cancelled by an editor after the publication freeze.',
  distReasonGaveUp: 'Gave up after {{attempts}} attempts: {{detail}}',
  distPreNotEmbargoed:
    'Pre-delivery is for embargoed releases before the embargo lifts; this release is not under embargo.',
  distPrePublishFirst:
    'Publish the release (it stays hidden until its embargo) before sending it ahead of the embargo.',
  distQueued_one: 'Queued for {{count}} recipient.',
  distQueued_few: 'Queued for {{count}} recipients.',
  distQueued_many: 'Queued for {{count}} recipients.',
  distQueued_other: 'Queued for {{count}} recipients.',
  // The server's refusals from our own endpoints and the password rule: each carries its key (refused, src/lib/errors.ts), worded in English for the command line and logs and in the asker's language at the HTTP edge.
  refuseNoRelease: 'No press release {{id}}.',
  refuseNoDelivery: 'No delivery {{id}}.',
  refuseNoJournalist: 'No journalist {{id}}.',
  refuseSendLogIn: 'Log in to send releases.',
  refuseSendEditorsOnly: 'Only editors and admins may send releases; authors prepare them.',
  refuseSendJson:
    'The request body must be JSON: {"lists": [ids], "mode": "at-publication" | "pre-delivery", "at"?: ISO time}.',
  refuseSendMode: '"mode" must be one of {{modes}} (got {{mode}}).',
  refuseSendAtOnlyPre:
    '"at" is only for pre-delivery: at publication, the mail goes when the release becomes public.',
  refuseSendAtUnreadable: '"at" is not a date and time: {{value}}',
  refuseSendAtAfterEmbargo: '"at" must be before the embargo lifts; after it, send at publication.',
  refuseSendNoList: 'Choose at least one mailing list ("lists": [ids]).',
  refuseSendUnknownList: 'No mailing list {{ids}}.',
  refuseRevokeLogIn: 'Log in to revoke links.',
  refuseRevokeEditorsOnly: 'Only editors and admins may revoke personal links.',
  refuseAdminsOnlyExport: 'Only admins may export personal data.',
  refuseAdminsOnlyErase: 'Only admins may erase personal data.',
  refuseJournalistsNoFile: 'Send a CSV file (multipart "file", or a text/csv body).',
  refuseJournalistsNul:
    'Line {{line}} has a NUL character: the file is not a CSV text table (save it as CSV UTF-8). Nothing was imported.',
  refuseJournalistsTooManyRows:
    'The file has more than {{rows}} rows; an import may have at most {{rows}}. Nothing was imported.',
  refuseJournalistsNotCsv: 'The file is not a valid CSV table: {{detail}}',
  refuseJournalistsNotCsvAt: 'The file is not a valid CSV table (line {{line}}): {{detail}}',
  refuseJournalistsEmpty:
    'The file is empty: a header row and one journalist per row were expected.',
  refuseJournalistsColumns:
    'The first row must name the columns ({{columns}}); missing: {{missing}}.',
  refuseJournalistsRowFailed:
    'Line {{line}} ({{email}}) could not be saved: {{detail}} Nothing was imported.',
  refuseJournalistsTooLarge:
    'The file is larger than {{mb}} MB, the most an import may be. Nothing was imported.',
  refuseImportNoFile: 'Choose a .txt or .docx file to import',
  refuseImportTooLarge: 'The file is larger than the {{mb}} MB an import may be.',
  refuseImportFormat: 'Cannot import {{file}}: use a .txt or .docx file.',
  refuseImportEmpty: '{{file}} is empty: there is no text to import.',
  refuseImportNoTextAfterDateline: '{{file}} has no text after its dateline.',
  refuseImportUnreadable: 'Cannot read {{file}}: {{why}}.',
  refuseImportNotUtf8: '{{file}} is not UTF-8 text: save it as UTF-8 and import it again.',
  refuseImportFileSize: '{{file}} is {{size}}; an import may be at most {{limit}}.',
  refuseImportParts: '{{file}} holds too many parts to be a press release.',
  refuseImportUnpacked: '{{file}} unpacks to more than {{limit}}: too large to be a press release.',
  refuseImportXml:
    '{{file}} holds more than {{limit}} of text and formatting: too large to be a press release.',
  refuseImportImages: '{{file}} has {{count}} pictures; a release may have at most {{limit}}.',
  refuseImportParagraphs:
    '{{file}} has {{count}} paragraphs; a release may have at most {{limit}}.',
  refuseImportCharacters:
    '{{file}} has {{count}} characters of text; a release may have at most {{limit}}.',
  refuseImportWords: '{{file}} has {{count}} words; a release may have at most {{limit}}.',
  refuseImportFormattedPieces:
    '{{file}} has {{count}} pieces of differently formatted text; a release may have at most {{limit}}: clear the formatting of the text and import it again.',
  refuseImportSlow: '{{file}} took longer than {{seconds}} s to read: too complex to import.',
  refuseImportMemory: '{{file}} needs too much memory to read: too large to import.',
  refuseImportNotDocument: '{{file}} is not a readable document.',
  refuseImportNotDocx: '{{file}} is not a readable .docx document.',
  refuseImportLocale: 'Unknown locale "{{locale}}": use one of {{locales}}.',
  refuseImportHeadlineEmpty:
    '--headline is empty: give the headline text, or leave the option out.',
  refusePasswordShort: 'The password must have at least {{min}} characters.',
  refusePasswordCommon: 'This password is too common: choose another.',
  // Importing a release from a file: the form above the releases list, the import's answer, the draft's notice.
  importHeadline: 'Headline (optional)',
  importHeadlineHint: 'None: the first sentence of the text, to check',
  importedDraft: 'Imported the draft “{{headline}}”.',
  importedProvisional:
    'The file had no headline: the provisional headline is the first sentence of the text — check it.',
  importedDateDateline: "Date from the file's dateline: {{date}}.",
  importedDateText: 'Date from the text: {{date}}.',
  importedDateToday: 'The text names no date: set to today ({{date}}).',
  importedQuotes: 'Paragraphs quoting someone became quotes (pending approval): {{speakers}}.',
  importedNewPerson: '{{name}} (new person)',
  provisionalHeadline:
    'Provisional headline — check it. The file had no headline, so the headline is the first sentence of the text. This note goes when you change the headline and save.',
  // The second pair of eyes: submitting, returning, forced publications. A refusal that reaches the form's toast has no colon: Payload's toast reads "intro: a, b" as a list of field errors.
  refuseSchedule: 'Only editors can schedule or cancel a publication: ask an editor.',
  reviewWriterMayNotPublish:
    'Second pair of eyes rule – you wrote the current text, so only another editor may publish it. Without one, you may publish it only with a reason (forceReason).',
  reviewWriterMayNotSchedule:
    'Second pair of eyes rule – you wrote the current text, so only another editor may schedule its publication.',
  reviewWriterMayNotSend:
    'Second pair of eyes rule – you wrote the current text, so only another editor may send it to journalists.',
  reviewForceReasonMissing:
    'Reason for publishing without a second pair of eyes (forceReason) – say why you publish without another editor approving.',
  reviewNoText:
    'Body: the release has no text in any language (no lead and no body). Write it before submitting for review.',
  reviewNoPackText:
    'Introduction and press releases: the pack has no content. Fill it in before submitting for review.',
  reviewNothingToReview:
    'Nothing waits for review: the newest version is already published. Save your changes as a draft.',
  reviewCommentMissing: 'Comment: say what needs changing.',
  reviewOnlyEditorsReturn: 'Only editors can return a release for changes.',
  reviewOnlyEditorsApprove:
    'Only editors can approve a publication made without a second pair of eyes.',
  reviewNotForced:
    'This publication awaits no approval: it was not forced, or it is already approved.',
  reviewSameEditorApproves:
    'Second pair of eyes rule – you forced this publication, so another editor must approve it.',
  reviewSubmit: 'Submit for review',
  reviewSubmitted: 'Submitted for review.',
  reviewSaveFirst: 'Save the draft first, then submit it for review.',
  reviewWaiting: 'Awaiting review',
  reviewReturned: 'Needs changes',
  reviewReturnSend: 'Return for changes',
  reviewReturnedToast: 'Returned for changes.',
  reviewForced: 'Published without a second pair of eyes',
  reviewForcedBy: 'Published by {{who}}, {{when}}. Reason: {{reason}}',
  reviewApproveForced: 'Approve this publication',
  reviewApprovedToast: 'Publication approved.',
  reviewForceExplain:
    'You wrote the current text: another editor should publish it. If it must go out without one, give a reason. The publication stays flagged until another editor approves it.',
  reviewForceReason: 'Reason for publishing without a second pair of eyes',
  reviewForcePublish: 'Publish without a second pair of eyes',
  reviewThread: 'Change requests',
  reviewSubmittedBy: 'submitted by {{who}}, {{when}}',
  reviewMailSubject: 'Awaiting review: {{title}}',
  reviewMailBody:
    '{{who}} submitted for review: "{{title}}".\n\nOpen in the admin: {{url}}\n\nAn editor who did not write this text may publish it.',
  reviewVersion: 'version {{version}}',
  secondPairOfEyes: 'Second pair of eyes',
  secondPairOfEyesHelp:
    'A release or pack is published, scheduled or sent to journalists only by an editor who did not write its current text.',
  // Dates and times: typed moments, embargo ends, scheduled publications.
  scheduleWhen: 'Time',
  scheduleLanguage: 'Language to publish',
  scheduleAllLanguages: 'All languages',
  scheduleUpcoming: 'Scheduled changes',
  momentUnreadable: 'This is not a date and time that can be read. Type it like this: {{example}}.',
  momentExample: 'e.g. {{example}}',
  embargoMissing: 'An embargoed release needs the date and time its embargo ends.',
  embargoPast:
    'The embargo end ({{when}}) has already passed. Give a future time, or choose "For immediate release".',
  schedulePast:
    'The publication time ({{when}}) has already passed. Choose a future time, or publish now.',
  // The audit trail (Dziennik zdarzeń).
  auditAppendOnly: 'Audit trail entries cannot be changed or deleted.',
  auditDateInvalid:
    'Field "{{field}}": give a day as YYYY-MM-DD (e.g. 2026-12-07) or a full ISO date and time.',
  auditRangeInvalid: 'The "from" field ({{from}}) is later than the "to" field ({{to}}).',
  auditAdminsOnly: 'Only admins may read and download the audit trail.',
  auditCsvTitle: 'Download the audit trail as CSV',
  auditCsvFrom: 'From day',
  auditCsvTo: 'To day (inclusive)',
  auditCsvDownload: 'Download CSV',
  auditCsvHint:
    'Empty fields: the whole trail. The list filters (document, person, day) are under "Filters".',
  auditField_status: 'status',
  auditField_embargoUntil: 'embargoed until',
  auditField_scheduledAt: 'scheduled for',
  auditField_review: 'review',
  auditField_forcedPublication: 'reason for publishing without a second pair of eyes',
  auditField_forcedApprovedBy: 'approved after publication by',
  auditField_role: 'role',
  auditField_approver: 'approves quotes',
  // A stored value as the admin shows it: the audit trail's changes, a cited quote's status.
  value_draft: 'draft',
  value_published: 'published',
  value_none: 'none',
  value_submitted: 'waiting for review',
  value_returned: 'returned for changes',
  value_approved: 'approved',
  value_rejected: 'rejected',
  value_pending: 'pending',
  // The crisis tools: the notice, the freeze, the held list, "send to everyone now".
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

export const adminWords = { pl, en }
