import type { Locale } from '../lib/locales'
import type { ComplianceStatus } from './fields'

/**
 * The statement's fixed words per language. The Polish follows the wording of the ministry's model
 * statement as far as we know it (docs/ACCESSIBILITY.md); `{name}` placeholders are filled by
 * `fill` in src/newsroom/words.ts.
 */
export type StatementWords = {
  title: string
  /** The footer link. */
  link: string
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
    link: 'Deklaracja dostępności',
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
    link: 'Accessibility statement',
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
    link: 'Декларація доступності',
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
