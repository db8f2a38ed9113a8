import fs from 'node:fs'
import path from 'node:path'

import { adminWords } from '../src/lib/adminWords'
import { locales } from '../src/lib/locales'
import { translations } from '../src/lib/translations'
import { newsroomOwnWords, siteWords, statementWords } from '../src/newsroom/words'

/**
 * One catalogue of words per audience: documents (templates/labels.json), e-mail
 * (templates/email/labels.json), the newsroom and journalist pages (src/newsroom/words.ts) and the
 * admin (src/lib/adminWords.ts, loaded into Payload's i18n). Each is complete in every language its
 * audience reads, and no audience has the same word written twice.
 */
type Words = { [key: string]: string | Words }
type Catalogue = Record<string, Words>

const templateWords = (...file: string[]): Catalogue =>
  JSON.parse(fs.readFileSync(path.resolve('templates', ...file), 'utf8'))

// A language writes a place name only where it differs from the Polish one.
const { documents, email } = {
  documents: Object.fromEntries(
    Object.entries(templateWords('labels.json')).map(([l, { places: _places, ...words }]) => [
      l,
      words,
    ]),
  ) as Catalogue,
  email: templateWords('email', 'labels.json'),
}
const newsroom = Object.fromEntries(locales.map((l) => [l, siteWords(l)])) as Catalogue
const newsroomOwn = newsroomOwnWords as unknown as Catalogue
// The accessibility statement is a newsroom page: its words are part of the newsroom's catalogue.
const statement = statementWords as unknown as Catalogue
const admin = adminWords as unknown as Catalogue

/** Every key of a catalogue language, nested groups as `group.key`, with its text. */
const entries = (words: Words, prefix = ''): [string, string][] =>
  Object.entries(words).flatMap(([key, value]) =>
    typeof value === 'string' ? [[prefix + key, value]] : entries(value, `${prefix}${key}.`),
  )

const complete = (catalogue: Catalogue, languages: readonly string[]) => {
  expect(Object.keys(catalogue).sort()).toEqual([...languages].sort())
  const keys = entries(catalogue[languages[0]]).map(([key]) => key)
  for (const l of languages) {
    const words = entries(catalogue[l])
    expect({ l, keys: words.map(([key]) => key).sort() }).toEqual({ l, keys: [...keys].sort() })
    expect({
      l,
      empty: words.filter(([, text]) => text.trim() === '').map(([key]) => key),
    }).toEqual({ l, empty: [] })
  }
}

/** Keys (`catalogue:key`) whose words are the same in every language, grouped; plural forms aside. */
const repeated = (catalogues: Record<string, Catalogue>, languages: readonly string[]) => {
  const byWords = new Map<string, Set<string>>()
  for (const [name, catalogue] of Object.entries(catalogues)) {
    for (const [key] of entries(catalogue[languages[0]])) {
      const texts = languages.map((l) => new Map(entries(catalogue[l])).get(key)).join(' | ')
      const base = key.replace(/_(zero|one|two|few|many|other)$/, '')
      byWords.set(texts, (byWords.get(texts) ?? new Set()).add(`${name}:${base}`))
    }
  }
  return [...byWords.values()].filter((keys) => keys.size > 1).map((keys) => [...keys])
}

describe('the word catalogues', () => {
  it('write every document word in Polish, English and Ukrainian', () => {
    complete(documents, locales)
  })

  it('write every e-mail word in Polish, English and Ukrainian', () => {
    complete(email, locales)
  })

  it('write every newsroom and journalist page word in Polish, English and Ukrainian', () => {
    complete(newsroom, locales)
    complete(statement, locales)
  })

  it("write every admin word in each language Payload's admin offers, and no other", () => {
    const offered = Object.keys(translations)
    expect(Object.keys(admin).sort()).toEqual([...offered].sort())
    complete(admin, offered)
    for (const l of offered) {
      expect((translations as Record<string, { custom: unknown }>)[l].custom).toBe(admin[l])
    }
  })

  it.each([
    ['documents', { documents }, locales],
    ['e-mail', { email }, locales],
    ['the newsroom (which shares document words)', { newsroomOwn, statement, documents }, locales],
    ['the admin', { admin }, Object.keys(admin)],
  ] as const)('define no word twice for %s', (_audience, catalogues, languages) => {
    expect(repeated(catalogues, languages)).toEqual([])
  })

  it('catch a word written twice', () => {
    const twice = {
      pl: { a: 'tel.', b: 'tel.', c: 'e-mail' },
      en: { a: 'tel.', b: 'tel.', c: 'x' },
    }
    expect(repeated({ twice }, ['pl', 'en'])).toEqual([['twice:a', 'twice:b']])
    complete({ pl: { a: 'x' }, en: { a: 'y' } }, ['pl', 'en'])
    expect(() => complete({ pl: { a: 'x' }, en: { a: ' ' } }, ['pl', 'en'])).toThrow()
  })
})
