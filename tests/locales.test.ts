import { adminLanguageOf, intlLocaleOf, journalistLocale, releaseLocales } from '../src/lib/locales'
import { sayCount } from '../src/lib/translations'
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

  it('gives every admin surface the same interface language: English, else the default', () => {
    expect(adminLanguageOf('en')).toBe('en')
    expect(adminLanguageOf('pl')).toBe('pl')
    // The import summary answered English to any language but Polish.
    expect(adminLanguageOf('uk')).toBe('pl')
    expect(adminLanguageOf(undefined)).toBe('pl')
  })

  it('picks the admin’s plural form with the Intl locale of its language, the default’s for another', () => {
    const key = (k: string) => k
    expect(sayCount(key, 'pl', 'distQueued', 5)).toBe('custom:distQueued_many')
    expect(sayCount(key, 'en', 'distQueued', 5)).toBe('custom:distQueued_other')
    // Not German's rule ("other"): a language we do not write in gets the default's forms.
    expect(sayCount(key, 'de', 'distQueued', 5)).toBe('custom:distQueued_many')
  })
})
