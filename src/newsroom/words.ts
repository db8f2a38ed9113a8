import type { Locale } from '../lib/locales'

/** The newsroom site's own words (documents take theirs from templates/labels.json). */
export type SiteWords = {
  languageName: string
  newsroom: string
  skipToContent: string
  releases: string
  packs: string
  contacts: string
  search: string
  searchPlaceholder: string
  searchButton: string
  /** Names of the two search landmarks (axe landmark-unique): the header's and the search page's. */
  searchHeaderLabel: string
  searchPageLabel: string
  feeds: string
  languages: string
  topic: string
  allTopics: string
  year: string
  month: string
  any: string
  filter: string
  previous: string
  next: string
  pageOf: string
  noReleases: string
  downloads: string
  copyText: string
  copied: string
  otherLanguages: string
  shownInLanguage: string
  quotes: string
  photos: string
  originalFile: string
  about: string
  notFoundTitle: string
  notFoundText: string
  backHome: string
  resultsFor: string
  noResults: string
  spokespeople: string
  packReleases: string
  downloadPackPdf: string
  downloadPackZip: string
  email: string
  phone: string
}

export const siteWords: Record<Locale, SiteWords> = {
  pl: {
    languageName: 'polski',
    newsroom: 'Biuro prasowe',
    skipToContent: 'Przejdź do treści',
    releases: 'Informacje prasowe',
    packs: 'Pakiety prasowe',
    contacts: 'Kontakt dla mediów',
    search: 'Szukaj',
    searchPlaceholder: 'np. tramwaj, budżet',
    searchButton: 'Szukaj',
    searchHeaderLabel: 'Szybkie wyszukiwanie',
    searchPageLabel: 'Wyszukiwanie informacji prasowych',
    feeds: 'Kanały RSS i Atom',
    languages: 'Język',
    topic: 'Temat',
    allTopics: 'wszystkie',
    year: 'Rok',
    month: 'Miesiąc',
    any: 'dowolny',
    filter: 'Pokaż',
    previous: '← Nowsze',
    next: 'Starsze →',
    pageOf: 'Strona {page} z {pages}',
    noReleases: 'Brak informacji prasowych.',
    downloads: 'Do pobrania',
    copyText: 'Kopiuj tekst',
    copied: 'Skopiowano',
    otherLanguages: 'W innych językach',
    shownInLanguage:
      'Ta informacja nie ma wersji w tym języku. Pokazujemy ją w języku: {language}.',
    quotes: 'Wypowiedzi',
    photos: 'Zdjęcia',
    originalFile: 'oryginał',
    about: 'Informacje',
    notFoundTitle: 'Nie znaleziono strony',
    notFoundText: 'Nie ma tu takiej strony albo nie jest jeszcze publiczna.',
    backHome: 'Wróć do informacji prasowych',
    resultsFor: 'Wyniki dla: {query}',
    noResults: 'Nic nie znaleziono.',
    spokespeople: 'Rzecznicy i kontakty',
    packReleases: 'Informacje w pakiecie',
    downloadPackPdf: 'Pakiet PDF',
    downloadPackZip: 'Wszystko (ZIP)',
    email: 'e-mail',
    phone: 'tel.',
  },
  en: {
    languageName: 'English',
    newsroom: 'Press office',
    skipToContent: 'Skip to content',
    releases: 'Press releases',
    packs: 'Press packs',
    contacts: 'Media contacts',
    search: 'Search',
    searchPlaceholder: 'e.g. tram, budget',
    searchButton: 'Search',
    searchHeaderLabel: 'Quick search',
    searchPageLabel: 'Search press releases',
    feeds: 'RSS and Atom feeds',
    languages: 'Language',
    topic: 'Topic',
    allTopics: 'all',
    year: 'Year',
    month: 'Month',
    any: 'any',
    filter: 'Show',
    previous: '← Newer',
    next: 'Older →',
    pageOf: 'Page {page} of {pages}',
    noReleases: 'No press releases.',
    downloads: 'Downloads',
    copyText: 'Copy text',
    copied: 'Copied',
    otherLanguages: 'In other languages',
    shownInLanguage: 'This release has no version in this language. It is shown in: {language}.',
    quotes: 'Quotes',
    photos: 'Photos',
    originalFile: 'original',
    about: 'Background',
    notFoundTitle: 'Page not found',
    notFoundText: 'There is no such page here, or it is not public yet.',
    backHome: 'Back to press releases',
    resultsFor: 'Results for: {query}',
    noResults: 'Nothing found.',
    spokespeople: 'Spokespeople and contacts',
    packReleases: 'Releases in this pack',
    downloadPackPdf: 'Pack as PDF',
    downloadPackZip: 'Everything (ZIP)',
    email: 'email',
    phone: 'phone',
  },
  uk: {
    languageName: 'українська',
    newsroom: 'Пресслужба',
    skipToContent: 'Перейти до змісту',
    releases: 'Прес-релізи',
    packs: 'Прес-пакети',
    contacts: 'Контакти для ЗМІ',
    search: 'Пошук',
    searchPlaceholder: 'напр. трамвай, бюджет',
    searchButton: 'Шукати',
    searchHeaderLabel: 'Швидкий пошук',
    searchPageLabel: 'Пошук прес-релізів',
    feeds: 'Стрічки RSS і Atom',
    languages: 'Мова',
    topic: 'Тема',
    allTopics: 'усі',
    year: 'Рік',
    month: 'Місяць',
    any: 'будь-який',
    filter: 'Показати',
    previous: '← Новіші',
    next: 'Старіші →',
    pageOf: 'Сторінка {page} з {pages}',
    noReleases: 'Прес-релізів немає.',
    downloads: 'Завантажити',
    copyText: 'Копіювати текст',
    copied: 'Скопійовано',
    otherLanguages: 'Іншими мовами',
    shownInLanguage: 'Цей прес-реліз не має версії цією мовою. Його показано мовою: {language}.',
    quotes: 'Цитати',
    photos: 'Фото',
    originalFile: 'оригінал',
    about: 'Довідка',
    notFoundTitle: 'Сторінку не знайдено',
    notFoundText: 'Такої сторінки немає або вона ще не публічна.',
    backHome: 'Повернутися до прес-релізів',
    resultsFor: 'Результати для: {query}',
    noResults: 'Нічого не знайдено.',
    spokespeople: 'Речники та контакти',
    packReleases: 'Прес-релізи в пакеті',
    downloadPackPdf: 'Пакет PDF',
    downloadPackZip: 'Усе (ZIP)',
    email: 'e-mail',
    phone: 'тел.',
  },
}

export const fill = (pattern: string, values: Record<string, string | number>): string =>
  pattern.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''))
