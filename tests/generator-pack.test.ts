import JSZip from 'jszip'
import sharp from 'sharp'

import { bootPayload, type TestPayload } from './helpers/payload'
import { BrowserPool } from '../src/generator/browser'
import { buildPackView, exportPack, loadPack } from '../src/generator/pack'
import { printAssets } from '../src/generator/assets'
import { longBody, makeRelease, makeQuote, setupOffice } from './helpers/content'
import { pdfInfo, pdfPages } from './helpers/pdf'

let t: TestPayload
let pool: BrowserPool
let packId: number
const headlines = [
  'Nowe przystanki na Kazimierzu',
  'Budżet obywatelski: wyniki głosowania',
  'Zielone podwórka w Podgórzu',
]

beforeAll(async () => {
  t = await bootPayload('generator-pack')
  pool = new BrowserPool({ size: 2 })
  await setupOffice(t.payload)
  const quote = await makeQuote(t.payload, {
    text: 'Te zmiany mieszkańcy odczują od pierwszego dnia.',
    speaker: 'Marta Zielińska',
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
  const boilerplate = await t.payload.create({
    collection: 'boilerplates',
    data: { title: 'O Krakowie', text: 'Kraków to drugie co do wielkości miasto w Polsce.' },
    overrideAccess: true,
  })
  const releases = []
  for (const [i, headline] of headlines.entries()) {
    releases.push(
      await makeRelease(t.payload, {
        headline,
        lead: `Lead komunikatu numer ${i + 1}.`,
        body: longBody(i === 1 ? 14 : 3) as never,
        quotes: i === 0 ? [quote.id] : [],
        contacts: [contact.id],
        boilerplates: [boilerplate.id],
      }),
    )
  }
  const pack = await t.payload.create({
    collection: 'press-packs',
    data: {
      title: 'Transport i zieleń – jesień 2025',
      date: '2025-10-20T10:00:00.000Z',
      intro: 'Najważniejsze informacje z ostatnich tygodni.',
      releases: releases.map((r) => r.id),
      _status: 'published',
    },
    overrideAccess: true,
  })
  packId = pack.id
})
afterAll(async () => {
  await pool?.close()
  await t?.destroy()
})

it('prints a pack with a contents page that lists every release on the page where it starts', async () => {
  const [file] = await exportPack(t.payload, packId, ['pdf'], {
    locale: 'pl',
    overrideAccess: true,
    pool,
  })
  const pages = await pdfPages(file.data as Uint8Array)
  const toc = pages[1]
  expect(toc).toContain('Spis treści')
  for (const headline of headlines) {
    const match = toc.match(new RegExp(`${headline}\\s*(\\d+)`))
    expect([headline, Boolean(match)]).toEqual([headline, true])
    const page = Number(match![1])
    expect(pages[page - 1]).toContain(headline)
    expect(pages[page - 1]).toContain('INFORMACJA PRASOWA')
  }
  const all = pages.join('\n')
  expect(all.match(/Kontakt dla mediów/gi)).toHaveLength(1)
  expect(all.match(/O Krakowie/g)).toHaveLength(1)
  expect(all).toContain('Te zmiany mieszkańcy odczują od pierwszego dnia.')
  expect((await pdfInfo(file.data as Uint8Array)).Title).toBe('Transport i zieleń – jesień 2025')
})

it('zips the pack PDF with every release as PDF, HTML and text', async () => {
  const [file] = await exportPack(t.payload, packId, ['zip'], {
    locale: 'pl',
    overrideAccess: true,
    pool,
  })
  expect(file.name).toBe('transport-i-zielen-jesien-2025.pl.zip')
  const zip = await JSZip.loadAsync(file.data as Uint8Array)
  const names = Object.keys(zip.files).sort()
  expect(names).toContain('transport-i-zielen-jesien-2025.pl.pdf')
  expect(names.filter((n) => n.startsWith('releases/'))).toHaveLength(headlines.length * 3)
  const txt = await zip.file('releases/nowe-przystanki-na-kazimierzu.pl.txt')!.async('string')
  expect(txt).toContain('Nowe przystanki na Kazimierzu')
})

it("gives an anonymous reader the pack's cover: in the printed pack's view and in the ZIP", async () => {
  const png = await sharp({
    create: { width: 400, height: 300, channels: 3, background: '#2a5f3c' },
  })
    .png()
    .toBuffer()
  const cover = await t.payload.create({
    collection: 'media',
    data: { alt: 'Okładka pakietu: Planty jesienią' },
    file: { data: png, mimetype: 'image/png', name: 'okladka-pakietu.png', size: png.length },
    overrideAccess: true,
  })
  const { docs } = await t.payload.find({
    collection: 'press-packs',
    depth: 0,
    overrideAccess: true,
  })
  const withCover = await t.payload.create({
    collection: 'press-packs',
    data: {
      title: 'Pakiet z okładką',
      date: '2025-10-21T10:00:00.000Z',
      releases: docs[0].releases as number[],
      coverImage: cover.id,
      _status: 'published',
    },
    overrideAccess: true,
  })
  // No user and access on: what a journalist downloads.
  const anonymous = { locale: 'pl' as const, overrideAccess: false, pool }
  const loaded = await loadPack(t.payload, withCover.id, anonymous)
  const view = buildPackView(loaded, printAssets(loaded.mediaDir), null)
  expect(view.cover).toMatchObject({ alt: 'Okładka pakietu: Planty jesienią' })
  expect(view.cover?.src).toMatch(new RegExp(`/${cover.filename}$`))
  const [zip] = await exportPack(t.payload, withCover.id, ['zip'], anonymous)
  const names = Object.keys((await JSZip.loadAsync(zip.data as Uint8Array)).files)
  expect(names).toContain(`images/${cover.filename}`)
})
