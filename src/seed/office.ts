import type { Localized } from './types'

export type SampleBoilerplate = { key: string; title: Localized; text: Localized }

export const boilerplates: SampleBoilerplate[] = [
  {
    key: 'city',
    title: { pl: 'O Krakowie', en: 'About Kraków', uk: 'Про Краків' },
    text: {
      pl: 'Kraków to drugie co do wielkości miasto Polski i stolica województwa małopolskiego. Mieszka tu blisko 800 tysięcy osób, a co roku przyjeżdża kilkanaście milionów gości.\n\nMiasto jest ważnym ośrodkiem akademickim, kulturalnym i technologicznym. Historyczne centrum Krakowa jako jedno z pierwszych miejsc na świecie trafiło na Listę światowego dziedzictwa UNESCO.',
      en: 'Kraków is Poland’s second-largest city and the capital of the Małopolska region. Close to 800,000 people live here, and it welcomes well over ten million visitors a year.\n\nThe city is a major centre of learning, culture and technology. Its historic centre was among the very first sites inscribed on the UNESCO World Heritage List.',
      uk: 'Краків – друге за величиною місто Польщі та столиця Малопольського воєводства. Тут мешкає майже 800 тисяч людей, а щороку місто приймає понад десять мільйонів гостей.\n\nКраків є важливим академічним, культурним і технологічним центром. Його історичний центр одним із перших у світі внесено до Списку світової спадщини ЮНЕСКО.',
    },
  },
  {
    key: 'network',
    title: { pl: 'O sieci Eurocities', en: 'About Eurocities' },
    text: {
      pl: 'Eurocities to sieć dużych miast europejskich, które wspólnie szukają rozwiązań w sprawach ważnych dla mieszkańców: transportu, klimatu, mieszkalnictwa i kultury. Miasta wymieniają się doświadczeniami i przedstawiają swoje stanowisko instytucjom Unii Europejskiej.\n\nKraków uczestniczy w pracach sieci, dzieląc się doświadczeniem m.in. w walce o czyste powietrze.',
      en: 'Eurocities is a network of major European cities working together on what matters to their residents: transport, climate, housing and culture. Member cities share experience and bring a common voice to the institutions of the European Union.\n\nKraków takes part in the network’s work, sharing its experience in areas such as the fight for clean air.',
    },
  },
]

export type SampleContact = {
  key: string
  name: string
  role: Localized
  email: string
  phone: string
}

// Contact details use the reserved .example domain and an unassigned number range.
export const contacts: SampleContact[] = [
  {
    key: 'spokeswoman',
    name: 'Katarzyna Nowacka',
    role: {
      pl: 'Rzeczniczka prasowa Prezydent Miasta Krakowa',
      en: 'Spokeswoman for the Mayor of Kraków',
      uk: 'Речниця президентки міста Кракова',
    },
    email: 'rzecznik@krakow.example',
    phone: '+48 12 555 01 10',
  },
  {
    key: 'pressOfficer',
    name: 'Jakub Lis',
    role: {
      pl: 'Biuro Prasowe, media społecznościowe i akredytacje',
      en: 'Press Office, social media and accreditation',
    },
    email: 'biuro.prasowe@krakow.example',
    phone: '+48 12 555 01 20',
  },
]

export const pressOffice = {
  city: 'Kraków',
  cityName: { pl: 'Kraków', en: 'Krakow', uk: 'Краків' } satisfies Localized,
  defaultContact: 'spokeswoman',
  officeName: {
    pl: 'Biuro Prasowe Urzędu Miasta Krakowa',
    en: 'Press Office, Kraków City Hall',
    uk: 'Пресслужба міської ради Кракова',
  } satisfies Localized,
  letterhead: {
    pl: 'Urząd Miasta Krakowa, pl. Wszystkich Świętych 3–4, 31-004 Kraków\ntel. +48 12 555 01 00 · biuro.prasowe@krakow.example\nkrakow.example/prasa',
    en: 'Kraków City Hall, pl. Wszystkich Świętych 3–4, 31-004 Kraków, Poland\nphone +48 12 555 01 00 · biuro.prasowe@krakow.example\nkrakow.example/press',
    uk: 'Міська рада Кракова, pl. Wszystkich Świętych 3–4, 31-004 Kraków, Польща\nтел. +48 12 555 01 00 · biuro.prasowe@krakow.example\nkrakow.example/press',
  } satisfies Localized,
}

/** The accessibility statement's settings (src/statement), for the fictional office. */
export const accessibilityStatement = {
  bodyName: {
    pl: 'Urząd Miasta Krakowa',
    en: 'Kraków City Hall',
    uk: 'Міська рада Кракова',
  } satisfies Localized,
  publishedOn: '2024-09-02T12:00:00.000Z',
  updatedOn: '2026-11-30T12:00:00.000Z',
  status: 'partial' as const,
  notAccessible: {
    pl: 'Część plików PDF opublikowanych przed 2025 r. nie ma struktury czytelnej dla czytników ekranu; pliki sprzed 23 września 2018 r. są wyłączone z obowiązku, pozostałe poprawiamy.\nNiektóre zdjęcia przekazane przez inne instytucje nie mają tekstu alternatywnego; uzupełniamy go na bieżąco.\nTransmisje konferencji prasowych na żywo nie mają napisów (transmisje na żywo są wyłączone z obowiązku); nagrania z napisami publikujemy w ciągu 14 dni.',
    en: 'Some PDF files published before 2025 are not structured for screen readers; files from before 23 September 2018 are exempt, the others are being corrected.\nSome photos supplied by other institutions have no alternative text; we add it as we go.\nLive streams of press conferences have no captions (live media is exempt); captioned recordings are published within 14 days.',
    uk: 'Частина PDF-файлів, опублікованих до 2025 року, не має структури для програм зчитування екрана; файли до 23 вересня 2018 року звільнені від цього обовʼязку, інші ми виправляємо.\nДеякі фото, надані іншими установами, не мають альтернативного тексту; ми поступово його додаємо.\nПрямі трансляції пресконференцій не мають субтитрів (прямі трансляції звільнені від обовʼязку); записи із субтитрами публікуємо протягом 14 днів.',
  } satisfies Localized,
  preparedOn: '2025-03-14T12:00:00.000Z',
  reviewedOn: '2026-03-16T12:00:00.000Z',
  // Reserved .example domain and an unassigned number range, as for the press contacts.
  contactPerson: 'Jakub Lis',
  contactEmail: 'dostepnosc@krakow.example',
  contactPhone: '+48 12 555 01 30',
  architecture: {
    pl: 'Urząd Miasta Krakowa, pl. Wszystkich Świętych 3–4. Do budynku prowadzi wejście od placu Wszystkich Świętych, z podjazdem dla wózków po lewej stronie schodów. Przy wejściu jest dzwonek przywołujący pracownika ochrony.\n\nBiuro Prasowe mieści się na pierwszym piętrze; prowadzi do niego winda. Toaleta dostosowana do potrzeb osób z niepełnosprawnościami jest na parterze. W sali konferencyjnej działa pętla indukcyjna.\n\nDo budynku można wejść z psem asystującym. Na spotkanie z tłumaczem polskiego języka migowego prosimy umówić się co najmniej 3 dni robocze wcześniej.',
    en: 'Kraków City Hall, pl. Wszystkich Świętych 3–4. The entrance is from plac Wszystkich Świętych, with a wheelchair ramp to the left of the steps and a bell at the door to call the security staff.\n\nThe Press Office is on the first floor, reached by lift. An accessible toilet is on the ground floor. The conference room has an induction loop.\n\nAssistance dogs are welcome. To meet us with a Polish Sign Language interpreter, please book at least 3 working days ahead.',
    uk: 'Міська рада Кракова, pl. Wszystkich Świętych 3–4. Вхід — з площі Всіх Святих, ліворуч від сходів є пандус, біля дверей — дзвінок для виклику охорони.\n\nПресслужба розташована на першому поверсі, туди можна піднятися ліфтом. Пристосований туалет — на першому (наземному) поверсі. У конференц-залі працює індукційна петля.\n\nДо будівлі можна зайти із собакою-помічником. Зустріч із перекладачем польської жестової мови просимо узгодити щонайменше за 3 робочі дні.',
  } satisfies Localized,
  communication: {
    pl: 'Z Biurem Prasowym skontaktujesz się e-mailem, telefonicznie lub SMS-em pod numerem +48 12 555 01 31. Na konferencję prasową lub spotkanie możesz przyjść z tłumaczem polskiego języka migowego albo poprosić nas o tłumacza — co najmniej 3 dni robocze wcześniej.\n\nTłumacz PJM online jest dostępny w dni robocze od 8.00 do 16.00 przez stronę krakow.example/pjm.',
    en: 'You can reach the Press Office by e-mail, phone or text message at +48 12 555 01 31. You may come to a press conference or meeting with a Polish Sign Language interpreter, or ask us for one at least 3 working days ahead.\n\nAn online Polish Sign Language interpreter is available on working days from 8:00 to 16:00 at krakow.example/pjm.',
    uk: 'Звʼязатися з Пресслужбою можна електронною поштою, телефоном або SMS за номером +48 12 555 01 31. На пресконференцію чи зустріч можна прийти з перекладачем польської жестової мови або попросити нас про перекладача щонайменше за 3 робочі дні.\n\nОнлайн-перекладач польської жестової мови доступний у робочі дні з 8:00 до 16:00 на сторінці krakow.example/pjm.',
  } satisfies Localized,
}
