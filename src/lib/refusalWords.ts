/**
 * The words of the server's refusals that reach the admin's toast from our own endpoints
 * (distribution, journalists, imports) and from the password rule, merged into
 * src/lib/translations.ts. A refusal carries its key (src/lib/errors.ts, `refused`); it is worded in
 * English where no one asked (the command line, logs) and in the asker's language at the HTTP edge.
 */
const pl = {
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
}

export type RefusalWordKey = keyof typeof pl

const en: Record<RefusalWordKey, string> = {
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
}

export const refusalWords = { pl, en }
