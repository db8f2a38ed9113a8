/**
 * The admin's words for importing a release from a file (the form above the releases list, the
 * import's answer and the draft's notice), merged into src/lib/translations.ts.
 */
const pl = {
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
}

export type ImportWordKey = keyof typeof pl

const en: Record<ImportWordKey, string> = {
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
}

export const importWords = { pl, en }
