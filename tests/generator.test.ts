import { bootPayload, type TestPayload } from './helpers/payload'
import { BrowserPool } from '../src/generator/browser'
import { exportRelease } from '../src/generator/release'
import {
  bodyFromFixture,
  fixture,
  longBody,
  makeRelease,
  makeQuote,
  setupOffice,
} from './helpers/content'
import { pdfInfo, pdfPages, wordsOf } from './helpers/pdf'

let t: TestPayload
let pool: BrowserPool

beforeAll(async () => {
  t = await bootPayload('generator')
  pool = new BrowserPool({ size: 2 })
  await setupOffice(t.payload)
})
afterAll(async () => {
  await pool?.close()
  await t?.destroy()
})

const pdfOf = async (ref: string | number, locale: 'pl' | 'en' | 'uk' = 'pl', draft = false) => {
  const [file] = await exportRelease(t.payload, ref, ['pdf'], {
    locale,
    draft,
    overrideAccess: true,
    pool,
  })
  return file.data as Uint8Array
}

describe('release PDF', () => {
  it('keeps every word of a Polish release with diacritics, with the letterhead and dateline', async () => {
    const quote = await makeQuote(t.payload, {
      text: 'Tramwaj to najlepszy sposób, by połączyć dzielnice z centrum.',
      speaker: 'Marta Zielińska',
    })
    const release = await makeRelease(t.payload, {
      headline: 'Nowa linia tramwajowa połączy Nową Hutę z Prądnikiem',
      subheadline: 'Siedem przystanków i 15 km torowiska',
      lead: 'Od poniedziałku rusza budowa nowej trasy tramwajowej w północno-wschodniej części miasta.',
      body: bodyFromFixture('gen-polish.txt') as never,
      quotes: [quote.id],
    })
    const bytes = await pdfOf(release.slug as string)
    const text = (await pdfPages(bytes)).join('\n')
    const missing = wordsOf(fixture('gen-polish.txt')).filter((w) => !text.includes(w))
    expect(missing).toEqual([])
    expect(text).toContain('INFORMACJA PRASOWA')
    expect(text).toContain('KRAKÓW')
    expect(text).toContain('Kraków, 15 października 2025 r.')
    expect(text).toContain('Marta Zielińska')
    expect(text).toContain('Prezydent Miasta Krakowa')
    expect(text).toContain('„Tramwaj to najlepszy sposób')
    expect(text).not.toMatch(/EMBARGO/)
    const info = await pdfInfo(bytes)
    expect(info.Title).toBe('Nowa linia tramwajowa połączy Nową Hutę z Prądnikiem')
    expect(info.Author).toBe('Biuro Prasowe Urzędu Miasta Krakowa, Kraków')
    expect(info.Language).toBe('pl')
  })

  it('prints the red embargo line with date, time and zone only for an embargoed release', async () => {
    const release = await makeRelease(t.payload, {
      headline: 'Wyniki budżetu obywatelskiego',
      releaseType: 'embargoed',
      embargoUntil: '2025-10-16T07:00:00.000Z',
    })
    const text = (await pdfPages(await pdfOf(release.id))).join('\n')
    expect(text).toContain('EMBARGO DO 16 października 2025 r., godz. 09:00 CEST')
  })

  it('keeps every word of a Ukrainian release', async () => {
    const release = await makeRelease(t.payload, { headline: 'Tramwaje w Nowej Hucie' })
    await t.payload.update({
      collection: 'press-releases',
      id: release.id,
      locale: 'uk',
      data: {
        headline: 'Трамваї в Новій Гуті',
        body: bodyFromFixture('gen-ukrainian.txt') as never,
        _status: 'published',
      },
      overrideAccess: true,
    })
    const bytes = await pdfOf(release.id, 'uk')
    const text = (await pdfPages(bytes)).join('\n')
    // Straight apostrophes are printed typographic (п’ятнадцять).
    const missing = wordsOf(fixture('gen-ukrainian.txt').replace(/'/g, '’')).filter(
      (w) => !text.includes(w),
    )
    expect(missing).toEqual([])
    expect(text).toContain('ПРЕС-РЕЛІЗ')
    expect(text).toContain('15 жовтня 2025 р.')
    expect((await pdfInfo(bytes)).Language).toBe('uk')
  })

  it('says "– więcej –" at the foot of every page but the last, and the title with page X of Y on every page, never the slug', async () => {
    const release = await makeRelease(t.payload, {
      headline: 'Długi komunikat o remontach',
      body: longBody() as never,
    })
    const pages = await pdfPages(await pdfOf(release.id))
    expect(pages.length).toBeGreaterThanOrEqual(3)
    pages.forEach((page, i) => {
      const last = i === pages.length - 1
      expect([i, page.includes('– więcej –')]).toEqual([i, !last])
      expect([i, page.includes(`strona ${i + 1} z ${pages.length}`)]).toEqual([i, true])
      expect([i, page.includes('Długi komunikat o remontach')]).toEqual([i, true])
      expect([i, page.includes(release.slug as string)]).toEqual([i, false])
    })
  })

  // Every length from one page to two: wherever the page breaks, "###" is not alone at the top of
  // a page, and "– więcej –" stands only under pages the release's text goes on from.
  it('keeps "###" with the end of the text, and says "– więcej –" only where the text continues', async () => {
    const boilerplate = await t.payload.create({
      collection: 'boilerplates',
      data: {
        title: 'O Krakowie',
        text: Array.from(
          { length: 6 },
          () =>
            'Kraków to drugie co do wielkości miasto w Polsce i stolica Małopolski, z historycznym centrum wpisanym na listę UNESCO.',
        ).join(' '),
      },
      overrideAccess: true,
    })
    const contact = await t.payload.create({
      collection: 'press-contacts',
      data: {
        name: 'Katarzyna Nowacka',
        email: 'rzecznik@krakow.example',
        phone: '+48 12 555 01 10',
      },
      overrideAccess: true,
    })
    const seen = { endOnFirstPageBackMatterOnSecond: 0, endOnSecond: 0 }
    for (let paragraphs = 3; paragraphs <= 12; paragraphs++) {
      const release = await makeRelease(t.payload, {
        headline: `Komunikat ${paragraphs}`,
        body: longBody(paragraphs) as never,
        boilerplates: [boilerplate.id],
        contacts: [contact.id],
      })
      const pages = await pdfPages(await pdfOf(release.id))
      const end = pages.findIndex((page) => page.includes('###'))
      expect([paragraphs, end >= 0]).toEqual([paragraphs, true])
      // Something of the release's text is on the page before "###".
      const before = pages[end].slice(0, pages[end].indexOf('###'))
      expect([paragraphs, /Akapit|Szczegóły|tramwajów/.test(before)]).toEqual([paragraphs, true])
      pages.forEach((page, i) =>
        expect([paragraphs, i, page.includes('– więcej –')]).toEqual([paragraphs, i, i < end]),
      )
      if (pages.length > 1 && end === 0) seen.endOnFirstPageBackMatterOnSecond++
      if (end === 1) seen.endOnSecond++
    }
    // The lengths cover both cases.
    expect(seen.endOnFirstPageBackMatterOnSecond).toBeGreaterThan(0)
    expect(seen.endOnSecond).toBeGreaterThan(0)
  })

  it('marks a draft export as PROJEKT / DRAFT and leaves the published one unmarked', async () => {
    const release = await makeRelease(t.payload, {
      headline: 'Komunikat roboczy',
      _status: 'draft',
    })
    const draftText = (await pdfPages(await pdfOf(release.id, 'pl', true))).join('\n')
    expect(draftText).toContain('PROJEKT / DRAFT')
    const published = await makeRelease(t.payload, { headline: 'Komunikat gotowy' })
    const text = (await pdfPages(await pdfOf(published.id))).join('\n')
    expect(text).not.toContain('PROJEKT')
  })

  it('words the draft band, the phone and the place from labels.json: "DRAFT" once in English, "тел." and "Краків" in Ukrainian', async () => {
    const contact = await t.payload.create({
      collection: 'press-contacts',
      data: { name: 'Jakub Lis', email: 'lis@krakow.example', phone: '+48 12 555 01 20' },
      overrideAccess: true,
    })
    const en = await makeRelease(
      t.payload,
      { headline: 'Working draft', contacts: [contact.id], _status: 'draft' },
      { locale: 'en' },
    )
    const [enText] = await exportRelease(t.payload, en.id, ['txt'], {
      locale: 'en',
      draft: true,
      overrideAccess: true,
      pool,
    })
    expect(String(enText.data)).toContain('*** DRAFT — Draft – not for publication ***')
    expect(String(enText.data)).not.toContain('DRAFT / DRAFT')
    const uk = await makeRelease(
      t.payload,
      { headline: 'Робочий проєкт', contacts: [contact.id], _status: 'draft' },
      { locale: 'uk' },
    )
    const [ukPdf, ukText] = await exportRelease(t.payload, uk.id, ['pdf', 'txt'], {
      locale: 'uk',
      draft: true,
      overrideAccess: true,
      pool,
    })
    expect(String(ukText.data)).toContain('тел. +48 12 555 01 20')
    // The dateline's place as Ukrainian writes it, not "Kraków, … листопада".
    expect(String(ukText.data)).toMatch(/^Краків, 15 жовтня 2025 р\.$/m)
    expect((await pdfPages(ukPdf.data as Uint8Array)).join('\n')).toContain('тел. +48 12 555 01 20')
  })
})

describe('release text', () => {
  it('has the same parts as the PDF, wrapped at 78 columns, with Polish typography', async () => {
    const quote = await makeQuote(t.payload, {
      text: 'Zapraszam wszystkich w sobotę na otwarcie.',
      speaker: 'Marta Zielińska',
    })
    const contact = await t.payload.create({
      collection: 'press-contacts',
      data: {
        name: 'Katarzyna Nowacka',
        role: 'Rzeczniczka prasowa',
        email: 'rzecznik@krakow.example',
      },
      overrideAccess: true,
    })
    const release = await makeRelease(t.payload, {
      headline: 'Otwarcie bulwaru w Podgórzu',
      lead: 'W sobotę o 10:00 mieszkańcy i turyści przejdą nowym bulwarem o długości 2 km nad Wisłą.',
      body: longBody(3) as never,
      quotes: [quote.id],
      contacts: [contact.id],
      releaseType: 'embargoed',
      embargoUntil: '2025-10-16T07:00:00.000Z',
    })
    const [file] = await exportRelease(t.payload, release.id, ['txt'], {
      locale: 'pl',
      overrideAccess: true,
      pool,
    })
    const text = file.data as string
    expect(file.name).toBe('otwarcie-bulwaru-w-podgorzu.pl.txt')
    expect(text.split('\n').filter((line) => [...line].length > 78)).toEqual([])
    for (const part of [
      'INFORMACJA PRASOWA',
      'EMBARGO DO 16 października 2025 r., godz. 09:00 CEST',
      'Kraków, 15 października 2025 r.',
      'Otwarcie bulwaru w\u00a0Podgórzu',
      '„Zapraszam wszystkich w\u00a0sobotę na otwarcie.”',
      '— Marta Zielińska, Prezydent Miasta Krakowa',
      '###',
      'Kontakt dla mediów:\nKatarzyna Nowacka',
      '– nowe przystanki z\u00a0wiatami\n– priorytet',
    ]) {
      expect([part, text.includes(part)]).toEqual([part, true])
    }
    expect(text).toContain('2\u00a0km')
    expect(text).toContain('o\u00a0długości')
  })
})
