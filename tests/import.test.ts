import type { Payload } from 'payload'

import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { importRelease } from '../src/import'
import { convertRelease } from '../src/import/convert'
import { parseDateline } from '../src/import/dateline'
import { docxToHtml, htmlBlocks } from '../src/import/docx'
import { splitRelease } from '../src/import/parse'
import { reflow } from '../src/import/reflow'
import { parseText } from '../src/import/text'
import { UserError } from '../src/lib/errors'
import { htmlToLexical } from '../src/lib/lexical'
import { fixture, fixturePath } from './helpers/content'
import { lexicalNodes, lexicalText } from './helpers/lexical'
import { bootPayload, type TestPayload } from './helpers/payload'

describe('reflowing hard-wrapped text', () => {
  it('joins the lines of a paragraph with a space and separates paragraphs at blank lines', () => {
    expect(reflow('Pierwsza linia\r\ndruga linia.\n\n  \nNowy akapit\ntu.\n')).toEqual([
      'Pierwsza linia druga linia.',
      'Nowy akapit tu.',
    ])
  })

  it('keeps a hyphen at a line end as written and joins without a space', () => {
    expect(reflow('rozmowy z samo-\nrządem i polsko-\nukraińskie – oraz\ndalej')).toEqual([
      'rozmowy z samo-rządem i polsko-ukraińskie – oraz dalej',
    ])
  })

  it('reads the Polish release: label dropped, dateline, headline, subheadline, lead and body', () => {
    const parts = parseText(fixture('import-hard-wrapped-pl.txt'))
    expect(parts.place).toBe('Kraków')
    expect(parts.date?.toISOString().slice(0, 10)).toBe('2026-11-12')
    expect(parts.headline).toBe('Nocne autobusy wracają na Nową Hutę')
    expect(parts.subheadline).toBe('Od poniedziałku linie 902 i 904 znów kursują co pół godziny')
    expect(parts.lead).toMatch(
      /^Zarząd Transportu Publicznego przywraca nocne kursy do Nowej Huty, zawieszone/,
    )
    expect(parts.body.map((b) => b.text)).toHaveLength(2)
    expect(parts.body[0].text).toContain('samo-rządem studenckim')
    expect(parts.body[0].text).toContain('Dworcu Głównym Zachód – tak, by podróż')
  })

  it('reads datelines in Polish, English and Ukrainian, and nothing else', () => {
    expect(parseDateline('Kraków, 3 maja 2027 r.')).toMatchObject({ place: 'Kraków' })
    expect(parseDateline('Kraków, 12 November 2026')?.date.toISOString()).toBe(
      '2026-11-12T12:00:00.000Z',
    )
    expect(parseDateline('Краків, 1 вересня 2026 р.')?.date.getUTCMonth()).toBe(8)
    expect(parseDateline('Kraków, 31 lutego 2026 r.')).toBeNull()
    expect(parseDateline('Kraków, miasto z tradycjami')).toBeNull()
  })

  it('makes a provisional headline from the first sentence unless one is given', () => {
    const text = 'To jest pierwsze zdanie komunikatu.\n\nA to drugie.'
    expect(parseText(text, { file: 'x.txt' })).toMatchObject({
      headline: 'To jest pierwsze zdanie komunikatu',
      provisionalHeadline: true,
      lead: 'To jest pierwsze zdanie komunikatu.',
    })
    const parts = parseText(text, { headline: 'Tytuł z linii poleceń' })
    expect(parts.headline).toBe('Tytuł z linii poleceń')
    expect(parts.provisionalHeadline).toBeUndefined()
    expect(parts.lead).toBe('To jest pierwsze zdanie komunikatu.')
  })
})

describe('importing into Payload', () => {
  let t: TestPayload
  let payload: Payload
  beforeAll(async () => {
    t = await bootPayload('import')
    payload = t.payload
  })
  afterAll(async () => t?.destroy())

  const releaseCount = async () =>
    (await payload.count({ collection: 'press-releases', overrideAccess: true })).totalDocs

  const findDraft = (id: number, locale: 'pl' | 'en' | 'uk' = 'pl') =>
    payload.findByID({
      collection: 'press-releases',
      id,
      draft: true,
      locale,
      overrideAccess: true,
    })

  it('creates a draft from the hard-wrapped Polish release, hidden from anonymous readers', async () => {
    const result = await importRelease(payload, fixturePath('import-hard-wrapped-pl.txt'))
    expect(result.slug).toBe('nocne-autobusy-wracaja-na-nowa-hute')
    const doc = await findDraft(result.id)
    expect(doc._status).toBe('draft')
    expect(doc.headline).toBe('Nocne autobusy wracają na Nową Hutę')
    expect(doc.place).toBe('Kraków')
    expect(doc.date.slice(0, 10)).toBe('2026-11-12')
    expect(lexicalText(doc.body).split('\n')).toHaveLength(2)
    expect(lexicalText(doc.body)).toContain('samo-rządem')
    const anonymous = await payload.find({ collection: 'press-releases', overrideAccess: false })
    expect(anonymous.docs.map((d) => d.id)).not.toContain(result.id)
  })

  it('imports a Ukrainian text into the uk locale with a transliterated slug', async () => {
    const result = await importRelease(payload, fixturePath('import-uk.txt'), { locale: 'uk' })
    expect(result.slug).toBe('nichni-avtobusy-povertaiutsia-do-novoi-huty')
    const doc = await findDraft(result.id, 'uk')
    expect(doc.headline).toBe('Нічні автобуси повертаються до Нової Гути')
    expect(doc.lead).toMatch(/^З понеділка лінії 902 і 904/)
    expect(lexicalText(doc.body)).toContain('опівночі')
  })

  it('keeps script tags and template braces as literal text', async () => {
    const result = await importRelease(payload, fixturePath('import-hostile.txt'))
    const doc = await findDraft(result.id)
    expect(doc.headline).toBe(
      "<script>alert('pwned')</script> Nowy regulamin {{constructor.constructor('return process')()}}",
    )
    expect(doc.lead).toContain('<img src=x onerror=alert(1)>')
    expect(lexicalText(doc.body)).toBe(
      'Drugi akapit: {{{triple}}} oraz </p><p>udawany akapit</p> i &amp; encja.',
    )
    const types = new Set(lexicalNodes(doc.body).map((n) => n.type))
    expect([...types].sort()).toEqual(['paragraph', 'root', 'text'])
  })

  it('refuses an empty file, a missing file, an unknown locale and an unsupported format, writing nothing', async () => {
    const before = await releaseCount()
    const attempts: [() => Promise<unknown>, RegExp, 1 | 2][] = [
      [
        () => importRelease(payload, fixturePath('import-empty.txt')),
        /import-empty.txt is empty/,
        1,
      ],
      [
        () => importRelease(payload, fixturePath('import-missing.txt')),
        /Cannot read .*no such file/,
        1,
      ],
      [
        () => importRelease(payload, fixturePath('import-uk.txt'), { locale: 'de' }),
        /Unknown locale "de"/,
        2,
      ],
      [
        () => importRelease(payload, fixturePath('import-release.pdf')),
        /use a .txt or .docx file/,
        2,
      ],
    ]
    for (const [attempt, message, exitCode] of attempts) {
      const error = await attempt().then(
        () => null,
        (e: unknown) => e,
      )
      expect(error).toBeInstanceOf(UserError)
      expect((error as UserError).message).toMatch(message)
      expect((error as UserError).exitCode).toBe(exitCode)
    }
    expect(await releaseCount()).toBe(before)
  })

  it('keeps headings, bold, italic, lists and links from a .docx', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pressroom-docx-'))
    const file = path.join(dir, 'rowery.docx')
    fs.writeFileSync(file, await Packer.toBuffer(sampleDocx()))

    const result = await importRelease(payload, file)
    const doc = await findDraft(result.id)
    expect(doc.headline).toBe('Kraków stawia na rowery miejskie')
    expect(doc.lead).toBe(
      'Od wiosny w mieście będzie 1500 rowerów na 150 stacjach <script>alert(1)</script>.',
    )

    const nodes = lexicalNodes(doc.body)
    expect(nodes.find((n) => n.type === 'heading')).toMatchObject({ tag: 'h2' })
    const text = (s: string) => nodes.find((n) => n.type === 'text' && n.text === s)
    expect(text('pogrubienie')).toMatchObject({ format: 1 })
    expect(text('kursywa')).toMatchObject({ format: 2 })
    expect(nodes.find((n) => n.text?.includes('{{constructor.constructor}}'))).toMatchObject({
      format: 0,
    })
    const list = nodes.find((n) => n.type === 'list')
    expect(list).toMatchObject({ listType: 'bullet' })
    expect(list!.children!.map((li) => lexicalText({ root: { children: [li] } }))).toEqual([
      'stacje przy pętlach tramwajowych',
      'pierwsze pół godziny bez opłat',
    ])
    expect(nodes.find((n) => n.type === 'link')).toMatchObject({
      fields: { url: 'https://rowery.krakow.example' },
    })
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it("converts a .docx away from Payload's config exactly as the editor's own node set does", async () => {
    const bytes = await Packer.toBuffer(sampleDocx())
    // What the worker runs, here in-process, against the editor built from the whole config.
    const converted = await convertRelease({ bytes, file: 'rowery.docx', format: 'docx' })
    const body = splitRelease(htmlBlocks(await docxToHtml(bytes))).body
    const expected = await htmlToLexical(body.map((b) => b.html).join(''), payload.config)
    expect(lexicalNodes(converted.body).map((n) => n.type)).toEqual(
      expect.arrayContaining(['heading', 'list', 'listitem', 'link', 'text']),
    )
    // Links carry a random id each time they are made.
    const withoutIds = (doc: unknown) =>
      JSON.parse(JSON.stringify(doc).replace(/"id":"[^"]+"/g, '"id":""'))
    expect(withoutIds(converted.body)).toEqual(withoutIds(expected))
  })
})

const sampleDocx = () =>
  new Document({
    sections: [
      {
        children: [
          new Paragraph({
            text: 'Kraków stawia na rowery miejskie',
            heading: HeadingLevel.HEADING_1,
          }),
          new Paragraph({
            text: 'Od wiosny w mieście będzie 1500 rowerów na 150 stacjach <script>alert(1)</script>.',
          }),
          new Paragraph({ text: 'Co się zmieni', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({
            children: [
              new TextRun('Zwykły tekst, '),
              new TextRun({ text: 'pogrubienie', bold: true }),
              new TextRun(' i '),
              new TextRun({ text: 'kursywa', italics: true }),
              new TextRun(', a także '),
              new TextRun('{{constructor.constructor}}'),
            ],
          }),
          new Paragraph({ text: 'stacje przy pętlach tramwajowych', bullet: { level: 0 } }),
          new Paragraph({ text: 'pierwsze pół godziny bez opłat', bullet: { level: 0 } }),
          new Paragraph({
            children: [
              new TextRun('Mapa stacji: '),
              new ExternalHyperlink({
                link: 'https://rowery.krakow.example',
                children: [new TextRun({ text: 'rowery.krakow.example', style: 'Hyperlink' })],
              }),
              new TextRun('.'),
            ],
          }),
        ],
      },
    ],
  })

describe('the import command', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pressroom-import-cli-'))
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

  type Run = { code: number; stdout: string; stderr: string }
  // The same way `npm run import` runs it.
  const run = (args: string[], dataDir: string): Promise<Run> =>
    new Promise((resolve) => {
      execFile(
        process.execPath,
        ['scripts/run.mjs', 'import', ...args],
        {
          env: {
            ...process.env,
            DATABASE_URL: `file:${path.join(dataDir, 'x.db')}`,
            PRESSROOM_DATA_DIR: dataDir,
            PAYLOAD_SECRET: 'import-cli-test',
            PRESSROOM_LOG_LEVEL: '',
            NODE_OPTIONS: '',
          },
        },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      )
    })

  it('prints only {"id","slug"} on stdout with --json', async () => {
    const dataDir = fs.mkdtempSync(path.join(tmp, 'ok-'))
    const { code, stdout, stderr } = await run(
      [fixturePath('import-hard-wrapped-pl.txt'), '--json'],
      dataDir,
    )
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    expect(JSON.parse(stdout)).toEqual({ id: 1, slug: 'nocne-autobusy-wracaja-na-nowa-hute' })
    expect(stdout.trim().split('\n')).toHaveLength(1)
  })

  it('says what it did with a file without a headline: the provisional headline, the date, the quote', async () => {
    const dataDir = fs.mkdtempSync(path.join(tmp, 'headless-'))
    const { code, stdout, stderr } = await run([fixturePath('import-no-headline-pl.txt')], dataDir)
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    const year = new Date().getFullYear()
    expect(stdout.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^Created draft press release 1 „Rada Miasta Krakowa przyjęła 12 marca .*…” \(pl, slug /,
      ),
      'The file had no headline: the provisional headline is the first sentence of the text — check it.',
      `Date from the text: 12 March ${year}.`,
      'Paragraphs quoting someone became quotes (pending approval): Aleksander Miszalski (new person).',
    ])
  })

  it('fails with one line on stderr and the right exit code, touching no database', async () => {
    const dataDir = fs.mkdtempSync(path.join(tmp, 'errors-'))
    const cases: [string[], number, RegExp][] = [
      [
        [fixturePath('import-missing.txt')],
        1,
        /^import: Cannot read .*import-missing\.txt: no such file\.$/,
      ],
      [[fixturePath('import-empty.txt')], 1, /import-empty\.txt is empty/],
      [[fixturePath('import-uk.txt'), '--locale', 'de'], 2, /^import: Unknown locale "de"/],
      [[fixturePath('import-release.pdf')], 2, /use a \.txt or \.docx file/],
      [[], 2, /missing required argument 'file'/],
      [[fixturePath('import-uk.txt'), '--lang', 'uk'], 2, /unknown option '--lang'/],
    ]
    const runs = await Promise.all(cases.map(([args]) => run(args, dataDir)))
    runs.forEach(({ code, stdout, stderr }, i) => {
      const [, expectedCode, message] = cases[i]
      expect({ code, stdout }).toEqual({ code: expectedCode, stdout: '' })
      expect(stderr.trimEnd().split('\n')).toHaveLength(1)
      expect(stderr.trimEnd()).toMatch(message)
    })
    expect(fs.existsSync(path.join(dataDir, 'x.db'))).toBe(false)
  })
})
