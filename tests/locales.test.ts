import { intlLocaleOf, journalistLocale, releaseLocales } from '../src/lib/locales'
import { formatWhen } from '../src/lib/when'
import { formatDate } from '../src/generator/dates'

describe('one answer per language question (src/lib/locales.ts)', () => {
  it('counts a language as written only when its headline has text: spaces are not text', () => {
    expect(releaseLocales({ pl: 'Nowe przystanki', en: '   ', uk: null })).toEqual(['pl'])
    expect(releaseLocales({ pl: ' Nowe ', en: 'New stops', uk: '\t' })).toEqual(['pl', 'en'])
    expect(releaseLocales(undefined)).toEqual([])
  })

  it('gives a journalist the first of their languages a release is written in, in their order', () => {
    expect(journalistLocale({ languages: ['en', 'pl'] }, ['pl', 'en'])).toBe('en')
    expect(journalistLocale({ languages: ['uk'] }, ['pl', 'en'])).toBeNull()
    expect(journalistLocale({ languages: [] }, ['pl'])).toBe('pl')
    expect(journalistLocale({ languages: ['uk', 'pl'] })).toBe('uk')
  })

  it('formats every language with its own Intl locale, the admin’s dates included (Ukrainian was Polish)', () => {
    expect(intlLocaleOf('uk')).toBe('uk-UA')
    expect(intlLocaleOf('en')).toBe('en-GB')
    expect(intlLocaleOf('de')).toBe('pl-PL')
    const iso = '2026-12-03T08:00:00.000Z'
    expect(formatWhen(iso, 'uk', 'Europe/Warsaw')).toBe(
      new Intl.DateTimeFormat('uk-UA', {
        timeZone: 'Europe/Warsaw',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      }).format(new Date(iso)),
    )
    expect(formatWhen(iso, 'uk', 'Europe/Warsaw')).toMatch(/груд/)
    expect(formatWhen(iso, 'pl', 'Europe/Warsaw')).toMatch(/gru/)
    expect(formatDate(iso, 'uk', 'Europe/Warsaw')).toMatch(/грудня/)
  })
})
