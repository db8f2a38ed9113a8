import type { Payload } from 'payload'

import { createImportedDraft, prepareImport } from '../src/import'
import { dayNamedIn } from '../src/import/namedDate'
import { splitRelease } from '../src/import/parse'
import { provisionalHeadlineOf } from '../src/import/provisionalHeadline'
import { nameAndRole, quoteOf } from '../src/import/quoteParagraph'
import { parseText } from '../src/import/text'
import { fixturePath } from './helpers/content'
import { lexicalText } from './helpers/lexical'
import { bootPayload, type TestPayload } from './helpers/payload'

const paragraphs = (...texts: string[]) =>
  texts.map((text) => ({ kind: 'paragraph' as const, text }))

describe('a release file without a headline', () => {
  it('takes the first sentence, cut at a word boundary, as a provisional headline and keeps the text whole', () => {
    const lead =
      'Rada Miasta Krakowa przyjęła w czwartek program posadzenia stu tysięcy nowych drzew w dzielnicach do końca 2030 roku. Pierwsze nasadzenia ruszą wiosną.'
    const parts = splitRelease(paragraphs(lead, 'Drugi akapit.'))
    expect(parts.provisionalHeadline).toBe(true)
    expect(parts.headline).toBe(
      'Rada Miasta Krakowa przyjęła w czwartek program posadzenia stu tysięcy nowych drzew…',
    )
    expect(parts.headline.length).toBeLessThanOrEqual(91)
    expect(parts.lead).toBe(lead)
    expect(parts.body.map((b) => b.text)).toEqual(['Drugi akapit.'])
    expect(provisionalHeadlineOf('Krótkie zdanie. Drugie zdanie.')).toBe('Krótkie zdanie')
  })

  it('keeps a headline found in the file or given, and then marks nothing provisional', () => {
    expect(splitRelease(paragraphs('Tytuł', 'Lead.', 'Treść.')).provisionalHeadline).toBeUndefined()
    const given = splitRelease(paragraphs('Lead.', 'Treść.'), { headline: 'Podany tytuł' })
    expect(given).toMatchObject({ headline: 'Podany tytuł', lead: 'Lead.' })
    expect(given.provisionalHeadline).toBeUndefined()
  })

  it('reads the day the text names in Polish, English and Ukrainian', () => {
    expect(dayNamedIn('Rada przyjęła 12 marca program')).toEqual({ day: 12, month: 2 })
    expect(dayNamedIn('On 12 March the council')).toEqual({ day: 12, month: 2 })
    expect(dayNamedIn('On March 3rd, 2027 the council')).toEqual({ day: 3, month: 2, year: 2027 })
    expect(dayNamedIn('Рада 12 березня ухвалила')).toEqual({ day: 12, month: 2 })
    expect(dayNamedIn('Rada przyjęła program 3 maja 2025 r.')).toEqual({
      day: 3,
      month: 4,
      year: 2025,
    })
    expect(dayNamedIn('W 12 punktach programu')).toBeNull()
  })

  it('takes a quotation with its attribution out of the body, in Polish, English and Ukrainian', () => {
    expect(quoteOf('"Every tree counts," said the Mayor of Kraków, Aleksander Miszalski.')).toEqual(
      { text: 'Every tree counts', speaker: 'the Mayor of Kraków, Aleksander Miszalski' },
    )
    expect(
      quoteOf('„Każde drzewo się liczy” – powiedział prezydent Krakowa Aleksander Miszalski.'),
    ).toEqual({ text: 'Każde drzewo się liczy', speaker: 'prezydent Krakowa Aleksander Miszalski' })
    expect(quoteOf('«Кожне дерево важливе», – сказав мер Кракова Олександр Мішальський.')).toEqual({
      text: 'Кожне дерево важливе',
      speaker: 'мер Кракова Олександр Мішальський',
    })
    expect(quoteOf('"We will publish the map," Anna Nowak said.')).toMatchObject({
      speaker: 'Anna Nowak',
    })
    expect(quoteOf('Program obejmuje ulice, parki i tereny szkół.')).toBeNull()
    expect(nameAndRole('the Mayor of Kraków, Aleksander Miszalski')).toEqual({
      name: 'Aleksander Miszalski',
      role: 'Mayor of Kraków',
    })
    expect(nameAndRole('prezydent Krakowa Aleksander Miszalski')).toEqual({
      name: 'Aleksander Miszalski',
      role: 'Prezydent Krakowa',
    })
    const parts = parseText(
      'Tytuł\n\nLead akapit.\n\n„Każde drzewo się liczy” – powiedział Jan Kowal.\n\nKoniec.',
    )
    expect(parts.body.map((b) => b.text)).toEqual(['Koniec.'])
    expect(parts.quotes).toEqual([{ text: 'Każde drzewo się liczy', speaker: 'Jan Kowal' }])
  })
})

describe('importing a release without a headline into Payload', () => {
  let t: TestPayload
  let payload: Payload
  let mayor: number
  beforeAll(async () => {
    t = await bootPayload('import-headless')
    payload = t.payload
    mayor = (
      await payload.create({
        collection: 'people',
        overrideAccess: true,
        data: { name: 'Aleksander Miszalski', role: 'Prezydent Miasta Krakowa' },
      })
    ).id
  })
  afterAll(async () => t?.destroy())

  const importAt = async (file: string, now: Date, locale = 'pl') =>
    createImportedDraft(payload, await prepareImport(fixturePath(file), { locale, now }))

  it('makes the draft with a provisional headline, the date the text names in the clock year, and the quotes', async () => {
    const result = await importAt(
      'import-no-headline-en.txt',
      new Date('2031-06-01T08:00:00Z'),
      'en',
    )
    expect(result).toMatchObject({
      provisionalHeadline: true,
      headline:
        'On 12 March the City Council of Kraków approved the plan to plant one hundred thousand…',
      date: '2031-03-12',
      dateSource: 'text',
    })
    expect(result.quotes).toEqual([
      expect.objectContaining({ speaker: 'Aleksander Miszalski', person: 'matched' }),
      expect.objectContaining({ speaker: 'Anna Nowak', person: 'new' }),
    ])
    const doc = await payload.findByID({
      collection: 'press-releases',
      id: result.id,
      locale: 'en',
      draft: true,
      depth: 2,
      overrideAccess: true,
    })
    expect(doc.provisionalHeadline).toBe(doc.headline)
    expect(lexicalText(doc.body)).not.toContain('Every tree')
    const [first, second] = doc.quotes as {
      text: string
      status: string
      speaker: { id: number; name: string; role: string }
    }[]
    expect(first).toMatchObject({ status: 'pending', speaker: { id: mayor } })
    expect(first.text).toMatch(/^Every tree we plant today .* school tomorrow$/)
    expect(second.speaker).toMatchObject({
      name: 'Anna Nowak',
      role: 'Head of the Municipal Greenery Authority',
    })

    // Once the office writes a real headline, the release is no longer marked.
    await payload.update({
      collection: 'press-releases',
      id: result.id,
      locale: 'en',
      draft: true,
      overrideAccess: true,
      data: { headline: 'Kraków will plant 100,000 trees by 2030' },
    })
    const edited = await payload.findByID({
      collection: 'press-releases',
      id: result.id,
      locale: 'en',
      draft: true,
      overrideAccess: true,
    })
    expect(edited.provisionalHeadline).toBeNull()
    // A draft's address follows its real headline, not the first sentence.
    expect(result.slug).toMatch(/^on-12-march-the-city-council/)
    expect(edited.slug).toBe('krakow-will-plant-100-000-trees-by-2030')
  })

  it('takes a Polish quote for the matched mayor and dates a text that names no day today on the office clock', async () => {
    const result = await importAt('import-no-headline-pl.txt', new Date('2031-06-01T23:30:00Z'))
    expect(result).toMatchObject({ date: '2031-03-12', dateSource: 'text' })
    expect(result.quotes).toEqual([expect.objectContaining({ person: 'matched' })])
    const today = await createImportedDraft(
      payload,
      await prepareImport(fixturePath('import-hostile.txt'), {
        now: new Date('2031-06-01T23:30:00Z'),
      }),
    )
    // 23:30 UTC is already 2 June in Kraków.
    expect(today).toMatchObject({
      date: '2031-06-02',
      dateSource: 'today',
      provisionalHeadline: false,
    })
    const dated = await importAt('import-hard-wrapped-pl.txt', new Date('2031-06-01T08:00:00Z'))
    expect(dated).toMatchObject({ date: '2026-11-12', dateSource: 'dateline' })
  })
})
