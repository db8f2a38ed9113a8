import type { EmergencyKind } from '../crisis/emergency'
import type { ReleaseEventKind } from '../record/kinds'
import { type Locale, locales } from '../lib/locales'

import { labelsFor } from '../generator/labels'

/**
 * The words of the newsroom and the journalist's pages (the site, the sign-up form and its
 * confirmation page): one catalogue in the newsroom's three languages. The words a page shares
 * with documents ("Kontakt dla mediów", "tel.", "Zdjęcia", "Wypowiedzi") are not repeated here:
 * they come from templates/labels.json, as the office edited them. Mail words are in
 * templates/email/labels.json.
 */
type OwnWords = {
  languageName: string
  newsroom: string
  skipToContent: string
  releases: string
  packs: string
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
  /** The sign-up form and its confirmation page. */
  signup: SignupWords
  /** The emergency notice's kind names and the "more" of its link (banner, feeds, mail). */
  emergency: Record<EmergencyKind, string> & { more: string }
  /** The page behind every mail's unsubscribe link; `{name}` is the journalist's name. */
  unsubscribe: { title: string; button: string; done: string; doneText: string }
  /** A document a journalist asked for and did not get (an export's 404 and 503); keys in exportRefusal. */
  exportRefusals: Record<ExportRefusal, string>
}

/** The keys of a journalist's export refusals, sent with the words (`errors[0].data.key`). */
export type ExportRefusal = 'exportNotFound' | 'exportRendererUnavailable'

/** The sign-up form and its confirmation page (its mail's words are in templates/email/labels.json). */
export type SignupWords = {
  title: string
  intro: string
  email: string
  name: string
  outlet: string
  languages: string
  topics: string
  topicsHint: string
  honeypot: string
  submit: string
  privacy: string
  sent: string
  confirmed: string
  tooMany: string
  invalid: string
  back: string
  subscribeLink: string
  confirmTitle: string
  confirmText: string
  confirmButton: string
}

/** The words only the newsroom writes (siteWords adds the ones it shares with documents). */
export const newsroomOwnWords: Record<Locale, OwnWords> = {
  pl: {
    languageName: 'polski',
    newsroom: 'Biuro prasowe',
    skipToContent: 'Przejdź do treści',
    releases: 'Informacje prasowe',
    packs: 'Pakiety prasowe',
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
    signup: {
      title: 'Zapisz się na informacje prasowe',
      intro:
        'Informacje prasowe przyjdą e-mailem w dniu publikacji. Wyślemy najpierw wiadomość z linkiem potwierdzającym: bez potwierdzenia nic więcej nie wyślemy.',
      email: 'E-mail',
      name: 'Imię i nazwisko',
      outlet: 'Redakcja',
      languages: 'Języki',
      topics: 'Tematy',
      topicsHint: 'Bez zaznaczenia: wszystkie informacje z list, na które trafi adres.',
      honeypot: 'Nie wypełniaj tego pola',
      submit: 'Zapisz mnie',
      privacy:
        'Adres służy tylko do wysyłania informacji prasowych. Z każdej wiadomości wypiszesz się jednym kliknięciem.',
      sent: 'Dziękujemy. Jeśli adres może zostać zapisany, za chwilę przyjdzie wiadomość z linkiem potwierdzającym.',
      confirmed: 'Zapis potwierdzony. Od teraz będziemy wysyłać informacje prasowe.',
      tooMany: 'Zbyt wiele zapisów z tego adresu IP. Spróbuj ponownie za kilka minut.',
      invalid: 'Podaj poprawny adres e-mail i imię i nazwisko.',
      back: 'Wróć do formularza',
      subscribeLink: 'Zapisz się na informacje prasowe',
      confirmTitle: 'Potwierdź zapis',
      confirmText: 'Kliknij, aby potwierdzić zapis adresu {email} na informacje prasowe.',
      confirmButton: 'Potwierdzam zapis',
    },
    emergency: {
      emergency: 'Sytuacja nadzwyczajna',
      local: 'Zagrożenie lokalne',
      mourning: 'Żałoba',
      more: 'Więcej informacji',
    },
    unsubscribe: {
      title: 'Wypisz się z listy',
      button: 'Wypisz mnie',
      done: 'Wypisano',
      doneText: '{name}: nie wyślemy już żadnej wiadomości.',
    },
    exportRefusals: {
      exportNotFound: 'Nie ma takiego dokumentu w tym języku albo nie jest jeszcze publiczny.',
      exportRendererUnavailable: 'Nie można teraz przygotować pliku PDF; spróbuj za chwilę.',
    },
  },
  en: {
    languageName: 'English',
    newsroom: 'Press office',
    skipToContent: 'Skip to content',
    releases: 'Press releases',
    packs: 'Press packs',
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
    signup: {
      title: 'Get our press releases by e-mail',
      intro:
        'Press releases arrive by e-mail when they are published. We first send a message with a confirmation link: until you confirm, we send nothing else.',
      email: 'E-mail',
      name: 'Name',
      outlet: 'Outlet',
      languages: 'Languages',
      topics: 'Topics',
      topicsHint: 'None ticked: every release on the lists the address is added to.',
      honeypot: 'Leave this field empty',
      submit: 'Subscribe',
      privacy:
        'The address is used only to send press releases. Every message has a one-click unsubscribe.',
      sent: 'Thank you. If the address can be subscribed, a message with a confirmation link is on its way.',
      confirmed: 'Subscription confirmed. You will get our press releases from now on.',
      tooMany: 'Too many sign-ups from this IP address. Please try again in a few minutes.',
      invalid: 'Please give a valid e-mail address and your name.',
      back: 'Back to the form',
      subscribeLink: 'Get press releases by e-mail',
      confirmTitle: 'Confirm your subscription',
      confirmText: 'Click to confirm that {email} should get our press releases.',
      confirmButton: 'Confirm my subscription',
    },
    emergency: {
      emergency: 'Emergency',
      local: 'Local emergency',
      mourning: 'Mourning',
      more: 'More information',
    },
    unsubscribe: {
      title: 'Unsubscribe',
      button: 'Unsubscribe me',
      done: 'Unsubscribed',
      doneText: '{name}: we will send you nothing more.',
    },
    exportRefusals: {
      exportNotFound: 'There is no such document in this language, or it is not public yet.',
      exportRendererUnavailable: 'The PDF cannot be prepared right now; try again shortly.',
    },
  },
  uk: {
    languageName: 'українська',
    newsroom: 'Пресслужба',
    skipToContent: 'Перейти до змісту',
    releases: 'Прес-релізи',
    packs: 'Прес-пакети',
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
    signup: {
      title: 'Підпишіться на пресрелізи',
      intro:
        'Пресрелізи надходитимуть електронною поштою в день публікації. Спершу ми надішлемо лист із посиланням для підтвердження: без підтвердження більше нічого не надсилатимемо.',
      email: 'Електронна пошта',
      name: 'Ім’я та прізвище',
      outlet: 'Редакція',
      languages: 'Мови',
      topics: 'Теми',
      topicsHint: 'Якщо нічого не позначено: усі пресрелізи зі списків, до яких потрапить адреса.',
      honeypot: 'Не заповнюйте це поле',
      submit: 'Підписатися',
      privacy:
        'Адресу використовуємо лише для надсилання пресрелізів. Від кожного листа можна відписатися одним кліком.',
      sent: 'Дякуємо. Якщо адресу можна підписати, незабаром надійде лист із посиланням для підтвердження.',
      confirmed: 'Підписку підтверджено. Відтепер ми надсилатимемо вам пресрелізи.',
      tooMany: 'Забагато підписок з цієї IP-адреси. Спробуйте ще раз за кілька хвилин.',
      invalid: 'Вкажіть правильну адресу електронної пошти та ім’я.',
      back: 'Повернутися до форми',
      subscribeLink: 'Підписатися на пресрелізи',
      confirmTitle: 'Підтвердьте підписку',
      confirmText: 'Натисніть, щоб підтвердити підписку адреси {email} на пресрелізи.',
      confirmButton: 'Підтверджую підписку',
    },
    emergency: {
      emergency: 'Надзвичайна ситуація',
      local: 'Місцева загроза',
      mourning: 'Жалоба',
      more: 'Докладніше',
    },
    unsubscribe: {
      title: 'Відписатися від розсилки',
      button: 'Відписати мене',
      done: 'Відписано',
      doneText: '{name}: ми більше нічого не надсилатимемо.',
    },
    exportRefusals: {
      exportNotFound: 'Такого документа цією мовою немає або він ще не оприлюднений.',
      exportRendererUnavailable: 'Зараз не вдається підготувати PDF; спробуйте трохи згодом.',
    },
  },
}

/** What the newsroom shares with documents, under the newsroom's names for it. */
const sharedWords = (locale: Locale) => {
  const labels = labelsFor(locale)
  return {
    contacts: labels.contact,
    phone: labels.phone,
    photos: labels.photos,
    quotes: labels.quotesSheet,
  }
}

export type SiteWords = OwnWords & ReturnType<typeof sharedWords>

/** The newsroom's words in `locale`. */
export const siteWords = (locale: Locale): SiteWords => ({
  ...newsroomOwnWords[locale],
  ...sharedWords(locale),
})

/** One word in every newsroom language, for a page whose reader's language is unknown. */
export const inEveryLanguage = (word: (words: SiteWords) => string): string =>
  locales.map((l) => word(siteWords(l))).join(' / ')

export const fill = (pattern: string, values: Record<string, string | number>): string =>
  pattern.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''))

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

/** What readers see of a withdrawal: the page, the documents, the 410 page and the feeds. */
export type WithdrawalWords = {
  /** "Wycofano {date}: {reason}" — the notice over a withdrawn release. */
  notice: string
  /** The notice when the office gave no reason in this language. */
  noticeNoReason: string
  /** The PDF's diagonal watermark. */
  watermark: string
  goneTitle: string
  goneText: string
  /** The feeds' entry for a withdrawal ("Wycofano: {headline}"). */
  feedTitle: string
}

export const withdrawalWords: Record<Locale, WithdrawalWords> = {
  pl: {
    notice: 'Wycofano {date}: {reason}',
    noticeNoReason: 'Wycofano {date}.',
    watermark: 'WYCOFANO',
    goneTitle: 'Informacja usunięta',
    goneText: 'Ta informacja prasowa została opublikowana omyłkowo i usunięta.',
    feedTitle: 'Wycofano: {headline}',
  },
  en: {
    notice: 'Withdrawn on {date}: {reason}',
    noticeNoReason: 'Withdrawn on {date}.',
    watermark: 'WITHDRAWN',
    goneTitle: 'Release removed',
    goneText: 'This press release was published in error and has been removed.',
    feedTitle: 'Withdrawn: {headline}',
  },
  uk: {
    notice: 'Відкликано {date}: {reason}',
    noticeNoReason: 'Відкликано {date}.',
    watermark: 'ВІДКЛИКАНО',
    goneTitle: 'Інформацію видалено',
    goneText: 'Цей прес-реліз було опубліковано помилково, і його видалено.',
    feedTitle: 'Відкликано: {headline}',
  },
}
