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

export type SampleContact = { key: string; name: string; role: Localized; email: string; phone: string }

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
