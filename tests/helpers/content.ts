import type { Payload } from 'payload'

import fs from 'node:fs'
import path from 'node:path'

import type { Journalist, MailingList, PressRelease, Quote, User } from '../../src/payload-types'

import { paragraphsToLexical } from '../../src/lib/lexical'
import { doc, heading, link, list, paragraph } from './lexical'

/** The test content builders: everything made through the Local API with overrideAccess. */

type Locale = 'pl' | 'en' | 'uk'

const fixturesDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../fixtures')

/** The path of a file in tests/fixtures. */
export const fixturePath = (name: string) => path.join(fixturesDir, name)

/** The text of a file in tests/fixtures. */
export const fixture = (name: string) => fs.readFileSync(fixturePath(name), 'utf8')

/** Every line of a fixture as a paragraph of a Lexical body. */
export const bodyFromFixture = (name: string) =>
  paragraphsToLexical(fixture(name).trim().split('\n'))

/** A body long enough to span pages, with a heading, a list and a link. */
export const longBody = (paragraphs = 40) =>
  doc(
    heading('h2', 'Harmonogram prac'),
    ...Array.from({ length: paragraphs }, (_, i) =>
      paragraph(
        `Akapit ${i + 1}. Prace na odcinku od pętli w Mistrzejowicach do ronda Czyżyńskiego prowadzone są etapami, tak aby tramwaje mogły kursować objazdami, a piesi mieli zawsze wyznaczone przejścia.`,
      ),
    ),
    list('bullet', ['nowe przystanki z wiatami', 'priorytet dla tramwajów na skrzyżowaniach']),
    paragraph(
      'Szczegóły: ',
      link('https://www.krakow.example/tramwaje', 'krakow.example/tramwaje'),
    ),
  )

export const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString()

export const setupOffice = (payload: Payload) =>
  payload.updateGlobal({
    slug: 'press-office',
    locale: 'pl',
    data: {
      city: 'Kraków',
      officeName: 'Biuro Prasowe Urzędu Miasta Krakowa',
      letterhead:
        'pl. Wszystkich Świętych 3–4, 31-004 Kraków\ntel. +48 12 555 00 00\nwww.krakow.example',
      timezone: 'Europe/Warsaw',
    },
    overrideAccess: true,
  })

/**
 * Switches the office's second pair of eyes off, for suites about something else in which one
 * person writes and publishes (tests/review-rules.test.ts and the matrix's review rows test it).
 */
export const withoutSecondPairOfEyes = (payload: Payload) =>
  payload.updateGlobal({
    slug: 'press-office',
    data: { secondPairOfEyes: false },
    overrideAccess: true,
  })

export const makeUser = (payload: Payload, role: User['role'], extra: Partial<User> = {}) =>
  payload.create({
    collection: 'users',
    data: {
      email: `${role}-${Math.random().toString(36).slice(2, 8)}@krakow.test`,
      password: 'correct horse battery staple',
      name: `Test ${role}`,
      role,
      ...extra,
    },
    overrideAccess: true,
  })

const mayorRole: Record<Locale, string> = {
  pl: 'Prezydent Miasta Krakowa',
  en: 'Mayor of Kraków',
  uk: 'Президент міста Кракова',
}

/** A quote by the mayor (a new person each time, named `speaker`), its role in `locale` too. */
export const makeQuote = async (
  payload: Payload,
  options: { text?: string; status?: Quote['status']; locale?: Locale; speaker?: string } = {},
) => {
  const {
    text = 'Kraków to miasto, które słucha swoich mieszkańców.',
    status = 'approved',
    locale = 'pl',
    speaker = 'Anna Wiśniewska',
  } = options
  const person = await payload.create({
    collection: 'people',
    data: { name: speaker, role: mayorRole.pl },
    locale: 'pl',
    overrideAccess: true,
  })
  if (locale !== 'pl') {
    await payload.update({
      collection: 'people',
      id: person.id,
      locale,
      data: { role: mayorRole[locale] },
      overrideAccess: true,
    })
  }
  return payload.create({
    collection: 'quotes',
    data: { text, speaker: person.id, status },
    locale,
    overrideAccess: true,
  })
}

/**
 * A release in `locale`, published unless `data._status` is 'draft'; headline, place, date, lead
 * and the release type (from embargoUntil) have defaults that `data` overrides.
 */
export const makeRelease = (
  payload: Payload,
  data: Partial<PressRelease> = {},
  options: { locale?: Locale } = {},
) =>
  payload.create({
    collection: 'press-releases',
    locale: options.locale ?? 'pl',
    draft: data._status === 'draft',
    overrideAccess: true,
    data: {
      headline: `Nowe przystanki na Kazimierzu ${Math.random().toString(36).slice(2, 6)}`,
      place: 'Kraków',
      date: '2025-10-15T10:00:00.000Z',
      lead: 'Od poniedziałku pasażerowie wsiądą do tramwajów na dwóch nowych przystankach.',
      releaseType: data.embargoUntil ? 'embargoed' : 'immediate',
      _status: 'published',
      ...data,
    } as PressRelease,
  })

/** A journalist who may be sent to (confirmed, Polish) unless `data` says otherwise. */
export const makeJournalist = (
  payload: Payload,
  data: Partial<Journalist> & Pick<Journalist, 'name' | 'email'>,
) =>
  payload.create({
    collection: 'journalists',
    data: { languages: ['pl'], consent: 'confirmed', ...data } as Journalist,
    overrideAccess: true,
  })

/** A mailing list of these journalists, plus an optional rule by topics and languages. */
export const makeMailingList = (
  payload: Payload,
  name: string,
  members: { id: number }[],
  rule: Partial<Pick<MailingList, 'topics' | 'languages'>> = {},
) =>
  payload.create({
    collection: 'mailing-lists',
    data: { name, members: members.map((m) => m.id), ...rule },
    overrideAccess: true,
  })

/**
 * A release published in Polish and English: written as a Polish draft with `polish`, translated
 * with `english` (headline and lead at least), then published in both.
 */
export const publishInTwoLanguages = async (
  payload: Payload,
  polish: Partial<PressRelease>,
  english: Partial<PressRelease>,
) => {
  const release = await makeRelease(payload, { ...polish, _status: 'draft' })
  await payload.update({
    collection: 'press-releases',
    id: release.id,
    locale: 'en',
    draft: true,
    overrideAccess: true,
    data: english,
  })
  return payload.update({
    collection: 'press-releases',
    id: release.id,
    overrideAccess: true,
    data: { _status: 'published' },
  })
}
