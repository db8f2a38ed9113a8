import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import sharp from 'sharp'

import type { Locale } from '../src/lib/locales'

import { BrowserPool } from '../src/generator/browser'
import { exportPack } from '../src/generator/pack'
import { exportRelease, loadForExport, renderLoadedRelease } from '../src/generator/release'
import { seed } from '../src/seed'
import { makeRelease } from './helpers/content'
import { doc, heading, link, list, paragraph, table } from './helpers/lexical'
import { bootPayload, type TestPayload } from './helpers/payload'
import { elementHolding, pdfInfo, pdfPages } from './helpers/pdf'
import {
  checkPdfAccessibility,
  declaredLanguages,
  failedCheckpoints,
} from './helpers/pdfAccessibility'

const run = promisify(execFile)
let t: TestPayload
let pool: BrowserPool
let releaseId: number
let packId: number
const locales: Locale[] = ['pl', 'en', 'uk']

// A release with what the checkpoints look at: headings, a list with a link, a table, a photo
// with its alt text in every language, a quote, and a body long enough for several pages.
const bodyIn = (locale: Locale) =>
  doc(
    paragraph(`${locale}: Od poniedziałku pasażerowie wsiądą do tramwajów na nowych przystankach.`),
    heading('h2', `${locale}: Jak dojechać`),
    list('bullet', ['Linia 1 co 10 minut', 'Linia 8 co 12 minut']),
    paragraph('Rozkład: ', link('https://mpk.krakow.example/rozklad', 'mpk.krakow.example')),
    table([
      ['Linia', 'Co ile minut'],
      ['1', '10'],
      ['8', '12'],
    ]),
    heading('h3', `${locale}: Godziny`),
    ...Array.from({ length: 24 }, (_, i) =>
      paragraph(
        `Akapit ${i + 1}: prace potrwają do jesieni, a objazdy wyznaczono ulicami Starowiślną i Dietla.`,
      ),
    ),
  )

beforeAll(async () => {
  t = await bootPayload('pdf-accessibility')
  pool = new BrowserPool({ size: 2 })
  await seed(t.payload)
  const png = await sharp({
    create: { width: 400, height: 300, channels: 3, background: '#2a5f3c' },
  })
    .png()
    .toBuffer()
  const photo = await t.payload.create({
    collection: 'media',
    locale: 'pl',
    data: { alt: 'Tramwaj na nowym przystanku przy ulicy Starowiślnej' },
    file: { data: png, mimetype: 'image/png', name: 'przystanek.png', size: png.length },
    overrideAccess: true,
  })
  for (const [locale, alt] of [
    ['en', 'A tram at the new stop on Starowiślna Street'],
    ['uk', 'Трамвай на новій зупинці на вулиці Старовісльній'],
  ] as const)
    await t.payload.update({
      collection: 'media',
      id: photo.id,
      locale,
      data: { alt },
      overrideAccess: true,
    })
  const { docs: quotes } = await t.payload.find({
    collection: 'quotes',
    where: { status: { equals: 'approved' } },
    limit: 1,
    overrideAccess: true,
  })
  const release = await makeRelease(t.payload, {
    headline: 'Nowe przystanki na Kazimierzu',
    body: bodyIn('pl') as never,
    media: [photo.id],
    quotes: quotes.length ? [quotes[0].id] : [],
  })
  for (const locale of ['en', 'uk'] as const)
    await t.payload.update({
      collection: 'press-releases',
      id: release.id,
      locale,
      data: {
        headline: `New stops (${locale})`,
        lead: 'Lead.',
        body: bodyIn(locale) as never,
        _status: 'published',
      },
      overrideAccess: true,
    })
  releaseId = release.id
  const { docs: published } = await t.payload.find({
    collection: 'press-releases',
    where: { _status: { equals: 'published' } },
    limit: 20,
    overrideAccess: true,
  })
  const pack = await t.payload.create({
    collection: 'press-packs',
    data: {
      title: 'Transport i zieleń',
      date: '2025-10-20T10:00:00.000Z',
      intro: 'Najważniejsze informacje.',
      // The sample release in three languages, and ours.
      releases: [
        releaseId,
        ...published.filter((r) => r.slug?.startsWith('rusza-glosowanie')).map((r) => r.id),
      ],
      _status: 'published',
    },
    overrideAccess: true,
  })
  packId = pack.id
}, 120_000)
afterAll(async () => {
  await pool?.close()
  await t?.destroy()
})

/** The file's objects as text, streams and object streams unpacked (qpdf's QDF form). */
const uncompressed = async (bytes: Uint8Array): Promise<string> => {
  const dir = await mkdtemp(path.join(tmpdir(), 'pdf-lang-'))
  try {
    await writeFile(path.join(dir, 'in.pdf'), bytes)
    await run('qpdf', ['--qdf', '--object-streams=disable', 'in.pdf', 'out.pdf'], { cwd: dir })
    return (await readFile(path.join(dir, 'out.pdf'))).toString('latin1')
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

const releasePdf = async (locale: Locale, draft = false) => {
  const [file] = await exportRelease(t.payload, releaseId, ['pdf'], {
    locale,
    draft,
    overrideAccess: true,
    pool,
  })
  return file.data as Uint8Array
}

describe('every document we print passes the machine-checkable PDF/UA-1 checkpoints', () => {
  it.each(locales)('a release in %s', async (locale) => {
    const pdf = await releasePdf(locale)
    expect((await pdfPages(pdf)).length).toBeGreaterThan(1)
    expect(failedCheckpoints(await checkPdfAccessibility(pdf))).toEqual([])
  })

  it.each(['en', 'uk'] as const)(
    'a release in %s: its language, the Polish address in a Span with /Lang (pl), its dateline place in its language, and a table with header cells',
    async (locale) => {
      const [pdfFile, htmlFile] = await exportRelease(t.payload, releaseId, ['pdf', 'html'], {
        locale,
        overrideAccess: true,
        pool,
      })
      const pdf = pdfFile.data as Uint8Array
      const html = String(htmlFile.data)
      if (process.env.PDF_DUMP) {
        const { writeFileSync } = await import('node:fs')
        writeFileSync(`${process.env.PDF_DUMP}/release.${locale}.pdf`, pdf)
        writeFileSync(`${process.env.PDF_DUMP}/release.${locale}.html`, html)
      }
      expect((await pdfInfo(pdf)).Language).toBe(locale)
      for (const polish of ['pl. Wszystkich Świętych 3–4', '31-004 Kraków'])
        expect([polish, await elementHolding(pdf, polish)]).toEqual([
          polish,
          { role: 'Span', lang: 'pl' },
        ])
      // The same through the check, against what the release's HTML document declares.
      const declared = declaredLanguages(html)
      expect(declared.lang).toBe(locale)
      expect(declared.other).toContainEqual({ text: 'pl. Wszystkich Świętych 3–4', lang: 'pl' })
      expect(failedCheckpoints(await checkPdfAccessibility(pdf, declared))).toEqual([])
      const objects = await uncompressed(pdf)
      expect(objects).toMatch(/\/S \/TH\b/)
      expect(objects).toMatch(/\/Scope \/(Column|Row|Both)/)
      const [first] = await pdfPages(pdf)
      expect(first).toContain(locale === 'en' ? 'Krakow, ' : 'Краків, ')
      expect(first).toContain('pl. Wszystkich Świętych 3–4')
    },
  )

  it.each(locales)('a draft in %s (its watermark an artifact)', async (locale) => {
    const pdf = await releasePdf(locale, true)
    expect(failedCheckpoints(await checkPdfAccessibility(pdf))).toEqual([])
  })

  it.each(locales)(
    'a personal copy in %s (its "prepared for" stamp an artifact)',
    async (locale) => {
      const loaded = await loadForExport(t.payload, releaseId, { locale, overrideAccess: true })
      const file = await renderLoadedRelease(
        { ...loaded, preparedFor: 'Przygotowano dla: Jan Kowalski (Gazeta)' },
        'pdf',
        pool,
      )
      expect(failedCheckpoints(await checkPdfAccessibility(file.data as Uint8Array))).toEqual([])
    },
  )

  it.each(locales)(
    'a withdrawn release in %s (its notice in the text, its watermark an artifact)',
    async (locale) => {
      const loaded = await loadForExport(t.payload, releaseId, { locale, overrideAccess: true })
      const withdrawal = {
        state: 'withdrawn' as const,
        note: 'Wydarzenie odwołano.',
        at: '2026-12-07T10:00:00.000Z',
      }
      const file = await renderLoadedRelease(
        { ...loaded, release: { ...loaded.release, withdrawal } },
        'pdf',
        pool,
      )
      const pdf = file.data as Uint8Array
      expect(failedCheckpoints(await checkPdfAccessibility(pdf))).toEqual([])
      const mark = { pl: 'WYCOFANO', en: 'WITHDRAWN', uk: 'ВІДКЛИКАНО' }[locale]
      const [first] = await pdfPages(pdf)
      expect(first).toContain('Wydarzenie odwołano.')
      // The diagonal mark is drawn; the checkpoints above hold it to be an artifact, not text.
      expect(first).toContain(mark)
    },
  )

  it.each(locales)(
    'a pack in %s (in en and uk the Polish address a Span with /Lang pl)',
    async (locale) => {
      const [file] = await exportPack(t.payload, packId, ['pdf'], {
        locale,
        overrideAccess: true,
        pool,
      })
      if (process.env.PDF_DUMP)
        (await import('node:fs')).writeFileSync(
          `${process.env.PDF_DUMP}/pack.${locale}.pdf`,
          file.data,
        )
      expect(failedCheckpoints(await checkPdfAccessibility(file.data as Uint8Array))).toEqual([])
      if (locale !== 'pl')
        expect(
          await elementHolding(file.data as Uint8Array, 'pl. Wszystkich Świętych 3–4'),
        ).toEqual({
          role: 'Span',
          lang: 'pl',
        })
    },
  )

  it('every sample release in every language it has', async () => {
    const { docs } = await t.payload.find({
      collection: 'press-releases',
      locale: 'all',
      limit: 20,
      overrideAccess: true,
      draft: true,
    })
    let checked = 0
    for (const release of docs) {
      for (const locale of locales) {
        const headline = (release.headline as unknown as Record<string, string> | undefined)?.[
          locale
        ]
        if (!headline) continue
        const [pdf, html] = await exportRelease(t.payload, release.id, ['pdf', 'html'], {
          locale,
          draft: true,
          overrideAccess: true,
          pool,
        })
        const declared = declaredLanguages(String(html.data))
        expect([
          release.slug,
          locale,
          failedCheckpoints(await checkPdfAccessibility(pdf.data as Uint8Array, declared)),
        ]).toEqual([release.slug, locale, []])
        checked++
      }
    }
    expect(checked).toBeGreaterThanOrEqual(8)
  })
})

describe('the check itself', () => {
  it('fails what Chromium prints before our finishing step', async () => {
    const { printHtml } = await import('../src/generator/pdf')
    const { releasePrintHtml } = await import('../src/generator/release')
    const loaded = await loadForExport(t.payload, releaseId, { locale: 'pl', overrideAccess: true })
    pool.allow(loaded.mediaDir)
    const raw = await printHtml(pool, releasePrintHtml(loaded).html)
    const failed = (await checkPdfAccessibility(raw))
      .filter((c) => c.failures.length)
      .map((c) => c.id)
    // The XMP identifier, the list bodies, the untagged footer and the links' descriptions.
    expect(failed).toEqual(
      expect.arrayContaining(['06-001', '06-002', '06-003', '09-005', '01-005', '28-012']),
    )
  })

  it('fails text printed without the language its source sets it in, and a document /Lang not the source’s', async () => {
    const { printHtml } = await import('../src/generator/pdf')
    const html = (id: string) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title></head><body><p>Kraków City Hall, <span lang="pl"${id}>pl. Wszystkich Świętych 3–4</span>, Poland</p></body></html>`
    // Chromium (147) keeps a span's lang only when the span is its own structure element, which
    // an id makes it (templates/partials/letterhead.hbs).
    const plain = await printHtml(pool, html(''))
    const failures = (checks: Awaited<ReturnType<typeof checkPdfAccessibility>>) =>
      checks.find((c) => c.id === '11-007')?.failures
    expect(failures(await checkPdfAccessibility(plain, declaredLanguages(html(''))))).toEqual([
      '"pl. Wszystkich Świętych 3–4", pl in the source 1×, is read as en',
    ])
    const withId = await printHtml(pool, html(' id="a"'))
    expect(failures(await checkPdfAccessibility(withId, declaredLanguages(html(''))))).toEqual([])
    expect(
      failures(
        await checkPdfAccessibility(withId, {
          lang: 'pl',
          other: [{ text: 'Kraków City Hall', lang: 'en' }],
        }),
      ),
    ).toEqual(['catalog /Lang is "en", the source\'s pl'])
    const checks = await checkPdfAccessibility(withId)
    expect(checks.find((c) => c.id === '11-007')?.unchecked).toBeTruthy()
  })

  it('fails a heading that skips a level', async () => {
    const { printHtml } = await import('../src/generator/pdf')
    const raw = await printHtml(
      pool,
      '<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>x</title></head><body><h1>Tytuł</h1><h3>Za głęboko</h3><img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==" alt="" style="width:20px"></body></html>',
    )
    const failed = (await checkPdfAccessibility(raw))
      .filter((c) => c.failures.length)
      .map((c) => c.id)
    expect(failed).toEqual(expect.arrayContaining(['14-003']))
  })
})
