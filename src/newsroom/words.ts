import type { EmergencyKind } from '../crisis/emergency'
import type { ReleaseEventKind } from '../record/kinds'
import type { ComplianceStatus } from '../statement/fields'
import { type Locale, locales } from '../lib/locales'

import { labelsFor } from '../generator/labels'

/**
 * The words of the newsroom and the journalist's pages (the site, the accessibility statement,
 * the sign-up form and its confirmation page): one catalogue in the newsroom's three languages. The words a page shares
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

/**
 * The statement's fixed words per language. The Polish follows the wording of the ministry's model
 * statement as far as we know it (docs/ACCESSIBILITY.md); `{name}` placeholders are filled by
 * `fill` above.
 */
export type StatementWords = {
  /** The page's title, also the footer's link to it. */
  title: string
  /** The opening sentence up to its scope (a11y-zakres), the scope, and on to the site's link. */
  intro: string
  scope: string
  introAfterScope: string
  introAfterUrl: string
  siteName: string
  publishedOn: string
  updatedOn: string
  statusHeading: string
  status: Record<ComplianceStatus, string>
  notAccessibleHeading: string
  burdenAnalysis: string
  preparationHeading: string
  preparedOn: string
  assessment: string
  reviewedOn: string
  contactHeading: string
  contactIntro: string
  person: string
  email: string
  phone: string
  contactRequests: string
  procedureHeading: string
  procedure: string[]
  complaint: string
  ombudsman: string
  ombudsmanLink: string
  architectureHeading: string
  communicationHeading: string
  appsHeading: string
  noApps: string
  notSet: string
}

export const statementWords: Record<Locale, StatementWords> = {
  pl: {
    title: 'Deklaracja dostępności',
    intro: 'zobowiązuje się zapewnić dostępność swojej',
    scope: 'strony internetowej',
    introAfterScope:
      'zgodnie z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych. Deklaracja dostępności dotyczy strony internetowej',
    introAfterUrl: '.',
    siteName: 'Serwis prasowy — {office}',
    publishedOn: 'Data publikacji strony internetowej:',
    updatedOn: 'Data ostatniej istotnej aktualizacji:',
    statusHeading: 'Stan dostępności cyfrowej',
    status: {
      full: 'Strona internetowa jest zgodna z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych.',
      partial:
        'Strona internetowa jest częściowo zgodna z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych z powodu niezgodności lub wyłączeń wymienionych poniżej.',
      none: 'Strona internetowa jest niezgodna z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych z powodu niezgodności lub wyłączeń wymienionych poniżej.',
    },
    notAccessibleHeading: 'Treści niedostępne',
    burdenAnalysis: 'Wynik analizy nadmiernego obciążenia',
    preparationHeading: 'Przygotowanie deklaracji dostępności',
    preparedOn: 'Deklarację sporządzono dnia',
    assessment:
      'Deklarację sporządzono na podstawie samooceny przeprowadzonej przez podmiot publiczny.',
    reviewedOn: 'Deklarację ostatnio poddano przeglądowi dnia',
    contactHeading: 'Informacje zwrotne i dane kontaktowe',
    contactIntro:
      'Jeśli zauważysz problem z dostępnością cyfrową tej strony, napisz lub zadzwoń do nas. Możesz też w ten sposób poprosić o informację niedostępną na stronie albo o jej udostępnienie w innej formie.',
    person: 'Osoba do kontaktu:',
    email: 'E-mail:',
    phone: 'Telefon:',
    contactRequests:
      'Tą samą drogą można składać wnioski o udostępnienie informacji niedostępnej oraz składać żądania zapewnienia dostępności cyfrowej strony internetowej lub jej elementów.',
    procedureHeading: 'Procedura wnioskowo-skargowa',
    procedure: [
      'Każdy ma prawo wystąpić z żądaniem zapewnienia dostępności cyfrowej strony internetowej lub jej elementu. Można też zażądać udostępnienia informacji za pomocą alternatywnego sposobu dostępu, na przykład przez odczytanie niedostępnego dokumentu, opisanie zawartości filmu bez audiodeskrypcji itp.',
      'Żądanie powinno zawierać dane osoby zgłaszającej żądanie, wskazanie, o którą stronę internetową lub element strony chodzi, oraz sposób kontaktu. Jeżeli osoba żądająca zgłasza potrzebę otrzymania informacji za pomocą alternatywnego sposobu dostępu, powinna także określić dogodny dla niej sposób przedstawienia tej informacji.',
      'Podmiot publiczny powinien zrealizować żądanie niezwłocznie, nie później niż w ciągu 7 dni od dnia wystąpienia z żądaniem. Jeżeli dotrzymanie tego terminu nie jest możliwe, podmiot publiczny niezwłocznie informuje o tym wnoszącego żądanie, kiedy realizacja żądania będzie możliwa, przy czym termin ten nie może być dłuższy niż 2 miesiące od dnia wystąpienia z żądaniem. Jeżeli zapewnienie dostępności cyfrowej nie jest możliwe, podmiot publiczny może zaproponować alternatywny sposób dostępu do informacji.',
    ],
    complaint:
      'Jeżeli podmiot publiczny odmówi realizacji żądania zapewnienia dostępności lub alternatywnego sposobu dostępu do informacji, wnoszący żądanie może złożyć skargę w sprawie zapewniania dostępności cyfrowej strony internetowej lub jej elementu.',
    ombudsman:
      'Po wyczerpaniu wskazanej wyżej procedury można także złożyć wniosek do Rzecznika Praw Obywatelskich:',
    ombudsmanLink: 'Rzecznik Praw Obywatelskich (bip.brpo.gov.pl)',
    architectureHeading: 'Dostępność architektoniczna',
    communicationHeading: 'Dostępność komunikacyjno-informacyjna',
    appsHeading: 'Aplikacje mobilne',
    noApps: 'Podmiot nie udostępnia aplikacji mobilnych.',
    notSet: 'nie podano',
  },
  en: {
    title: 'Accessibility statement',
    intro: 'is committed to making its',
    scope: 'website',
    introAfterScope:
      'accessible in accordance with the Polish act of 4 April 2019 on the digital accessibility of the websites and mobile applications of public bodies. This accessibility statement applies to the website',
    introAfterUrl: '.',
    siteName: 'Newsroom — {office}',
    publishedOn: 'Date the website was published:',
    updatedOn: 'Date of the last significant update:',
    statusHeading: 'Compliance status',
    status: {
      full: 'This website is fully compliant with the Polish act of 4 April 2019 on the digital accessibility of the websites and mobile applications of public bodies.',
      partial:
        'This website is partially compliant with the Polish act of 4 April 2019 on the digital accessibility of the websites and mobile applications of public bodies, due to the non-compliances or exemptions listed below.',
      none: 'This website is not compliant with the Polish act of 4 April 2019 on the digital accessibility of the websites and mobile applications of public bodies, due to the non-compliances or exemptions listed below.',
    },
    notAccessibleHeading: 'Content that is not accessible',
    burdenAnalysis: 'The assessment of the disproportionate burden',
    preparationHeading: 'Preparation of this statement',
    preparedOn: 'This statement was prepared on',
    assessment: 'It was prepared on the basis of a self-assessment carried out by the public body.',
    reviewedOn: 'It was last reviewed on',
    contactHeading: 'Feedback and contact information',
    contactIntro:
      'If you find a problem with the accessibility of this website, write to us or call us. You can also ask us in this way for information that is not accessible here, or for it in another format.',
    person: 'Contact person:',
    email: 'Email:',
    phone: 'Phone:',
    contactRequests:
      'The same contact is used for requests for information that is not accessible and for demands that the website or a part of it be made accessible.',
    procedureHeading: 'Requests and complaints',
    procedure: [
      'Anyone may demand that a website or a part of it be made digitally accessible, or that information be provided through an alternative means of access, for example by reading out a document that is not accessible or describing a video that has no audio description.',
      'The request should give the name of the person making it, the web page or element it concerns, and how to reply. A person asking for an alternative means of access should also say which form suits them.',
      'The public body should fulfil the request without delay and no later than 7 days after it was made. If that is not possible, the body tells the person at once when it will be possible, no later than 2 months after the request. If digital accessibility cannot be provided, the body may offer an alternative means of access to the information.',
    ],
    complaint:
      'If the public body refuses to provide accessibility or an alternative means of access, the person who made the request may file a complaint about the digital accessibility of the website or its element.',
    ombudsman:
      'Once that procedure has been exhausted, a request may also be made to the Polish Commissioner for Human Rights (Rzecznik Praw Obywatelskich):',
    ombudsmanLink: 'Commissioner for Human Rights (bip.brpo.gov.pl)',
    architectureHeading: 'Architectural accessibility',
    communicationHeading: 'Communication and information accessibility',
    appsHeading: 'Mobile applications',
    noApps: 'The body offers no mobile applications.',
    notSet: 'not given',
  },
  uk: {
    title: 'Декларація доступності',
    intro: 'зобовʼязується забезпечити доступність свого',
    scope: 'вебсайту',
    introAfterScope:
      'відповідно до закону Польщі від 4 квітня 2019 року про цифрову доступність вебсайтів і мобільних застосунків публічних органів. Ця декларація доступності стосується вебсайту',
    introAfterUrl: '.',
    siteName: 'Пресслужба — {office}',
    publishedOn: 'Дата публікації вебсайту:',
    updatedOn: 'Дата останнього суттєвого оновлення:',
    statusHeading: 'Стан цифрової доступності',
    status: {
      full: 'Вебсайт повністю відповідає закону Польщі від 4 квітня 2019 року про цифрову доступність вебсайтів і мобільних застосунків публічних органів.',
      partial:
        'Вебсайт частково відповідає закону Польщі від 4 квітня 2019 року про цифрову доступність вебсайтів і мобільних застосунків публічних органів через невідповідності або винятки, наведені нижче.',
      none: 'Вебсайт не відповідає закону Польщі від 4 квітня 2019 року про цифрову доступність вебсайтів і мобільних застосунків публічних органів через невідповідності або винятки, наведені нижче.',
    },
    notAccessibleHeading: 'Недоступний вміст',
    burdenAnalysis: 'Результат оцінки непропорційного навантаження',
    preparationHeading: 'Підготовка декларації',
    preparedOn: 'Декларацію складено',
    assessment: 'Декларацію складено на основі самооцінки, проведеної публічним органом.',
    reviewedOn: 'Останній перегляд декларації:',
    contactHeading: 'Зворотний звʼязок і контакти',
    contactIntro:
      'Якщо ви помітили проблему з доступністю цього вебсайту, напишіть або зателефонуйте нам. Так само можна попросити інформацію, недоступну на сайті, або її в іншій формі.',
    person: 'Контактна особа:',
    email: 'E-mail:',
    phone: 'Телефон:',
    contactRequests:
      'Цим самим способом можна подати запит на недоступну інформацію або вимогу забезпечити цифрову доступність вебсайту чи його елемента.',
    procedureHeading: 'Запити та скарги',
    procedure: [
      'Кожен має право вимагати забезпечення цифрової доступності вебсайту або його елемента чи надання інформації в альтернативний спосіб, наприклад, зачитати недоступний документ або описати відео без аудіодескрипції.',
      'У запиті слід вказати дані особи, яка його подає, вебсторінку чи елемент, якого він стосується, і спосіб звʼязку. Якщо потрібен альтернативний спосіб доступу, слід також вказати зручну форму надання інформації.',
      'Публічний орган має виконати запит невідкладно, не пізніше ніж через 7 днів із дня його подання. Якщо дотриматися цього строку неможливо, орган невідкладно повідомляє, коли запит буде виконано, але не пізніше ніж через 2 місяці з дня подання. Якщо забезпечити цифрову доступність неможливо, орган може запропонувати альтернативний спосіб доступу до інформації.',
    ],
    complaint:
      'Якщо публічний орган відмовить у забезпеченні доступності або альтернативного способу доступу, особа, яка подала запит, може подати скаргу щодо цифрової доступності вебсайту або його елемента.',
    ombudsman:
      'Після вичерпання цієї процедури можна також звернутися до Уповноваженого з прав людини Польщі (Rzecznik Praw Obywatelskich):',
    ombudsmanLink: 'Уповноважений з прав людини (bip.brpo.gov.pl)',
    architectureHeading: 'Архітектурна доступність',
    communicationHeading: 'Комунікаційно-інформаційна доступність',
    appsHeading: 'Мобільні застосунки',
    noApps: 'Орган не надає мобільних застосунків.',
    notSet: 'не вказано',
  },
}
