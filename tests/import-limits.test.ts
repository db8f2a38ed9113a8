import { docxOf, journalistsCsv, worstAllowedDocx } from '../scripts/bench/importFiles'
import { journalistImportLimits } from '../src/distribution/importJournalists'
import { importLimits } from '../src/import/limits'
import { login, startServer, type TestServer } from './helpers/server'

/**
 * The import limits over real HTTP: the largest release and the largest journalists CSV the limits
 * allow are imported whole and right; one step beyond each limit is refused with 413/422 naming
 * it, and nothing is written. How fast the server answers meanwhile is `npm run bench -- --sections
 * imports`, not a test.
 */
let server: TestServer
let admin: Record<string, string>

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

const post = async (path: string, bytes: Uint8Array | string, name: string, type: string) => {
  const form = new FormData()
  form.append(
    'file',
    new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], { type }),
    name,
  )
  const res = await fetch(`${server.url}${path}`, { method: 'POST', headers: admin, body: form })
  const body = await res.json()
  return { status: res.status, body, message: (body.errors?.[0]?.message ?? '') as string }
}
const importRelease = (bytes: Uint8Array, name: string) =>
  post('/api/press-releases/import?locale=pl', bytes, name, docxType)
const importCsv = (csv: Uint8Array | string, query = '?consent=confirmed') =>
  post(`/api/journalists/import${query}`, csv, 'lista.csv', 'text/csv')

const total = async (collection: string) =>
  (
    await (
      await fetch(`${server.url}/api/${collection}?draft=true&limit=0&depth=0`, { headers: admin })
    ).json()
  ).totalDocs as number

const run = (text: string, format = '') =>
  `<w:r>${format ? `<w:rPr>${format}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`
const paragraphs = (n: number, text: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => `<w:p>${run(text(i))}</w:p>`)
const headline = '<w:p><w:r><w:t>Nowy park nad Wisłą</w:t></w:r></w:p>'

beforeAll(async () => {
  server = await startServer('import-limits')
  await fetch(`${server.url}/api/users/first-register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'admin@krakow.test', password: 'admin-pass-123', name: 'Admin' }),
  })
  // Asked in English: refusals are worded in the asker's language (Polish by default).
  admin = {
    Authorization: await login(server.url, 'admin@krakow.test', 'admin-pass-123'),
    'Accept-Language': 'en',
  }
  // The first suite after a source change builds the app: minutes on a busy machine.
}, 900_000)

afterAll(async () => server?.stop())

describe('a .docx release', () => {
  it('imports the largest the limits allow whole: every paragraph, word and format', async () => {
    const worst = await worstAllowedDocx()
    const res = await importRelease(worst.bytes, 'najwiekszy.docx')
    expect(res.status).toBe(201)
    expect(res.body.headline).toBe('Miasto otwiera nowy park nad Wisłą')
    const doc = await (
      await fetch(`${server.url}/api/press-releases/${res.body.id}?draft=true&locale=pl&depth=0`, {
        headers: admin,
      })
    ).json()
    expect(doc.place).toBe('Kraków')
    expect(doc.date.slice(0, 10)).toBe('2026-11-12')
    // The lead is the first paragraph after the headline and dateline; the rest is the body.
    const body = doc.body.root.children as { children: { text: string; format: number }[] }[]
    expect(body).toHaveLength(worst.paragraphs - 1)
    const words = [doc.lead, ...body.map((p) => p.children.map((t) => t.text).join(''))]
      .join(' ')
      .split(/\s+/)
      .filter(Boolean)
    expect(words).toHaveLength(worst.words)
    // The runs in turn bold, italic, underlined (which the import drops, as it always has), bold
    // italic, plain; the lead took the first three. One text node per run, as in the file, and as
    // many as a release may have.
    const formats = body.flatMap((p) => p.children.map((t) => t.format))
    expect(formats.slice(0, 10)).toEqual([1 | 2, 0, 1, 2, 0, 1 | 2, 0, 1, 2, 0])
    expect(formats.length).toBeGreaterThan(importLimits.formattedPieces * 0.85)
    expect(formats.length).toBeLessThanOrEqual(importLimits.formattedPieces)
    expect(doc.searchText).toContain('slowo999')
  }, 240_000)

  it.each([
    [
      'words',
      () => docxOf([headline, ...paragraphs(101, () => 'słowo '.repeat(100))]),
      413,
      /has 10,1\d\d words; a release may have at most 10,000/,
    ],
    [
      'characters',
      () => docxOf([headline, ...paragraphs(51, () => 'x'.repeat(2000))]),
      413,
      /has 10\d,\d{3} characters of text; a release may have at most 100,000/,
    ],
    [
      'paragraphs',
      () => docxOf([headline, ...paragraphs(importLimits.paragraphs, (i) => `Akapit ${i}.`)]),
      422,
      /has 601 paragraphs; a release may have at most 600/,
    ],
    [
      'text and formatting',
      () =>
        docxOf([headline, ...paragraphs(300, () => `${'<w:r><w:t>a</w:t></w:r>'.repeat(320)}`)]),
      413,
      /holds more than 2 MB of text and formatting/,
    ],
    [
      'formatted pieces',
      () =>
        docxOf([
          headline,
          ...paragraphs(1, () => 'Tekst.'),
          `<w:p>${Array.from({ length: importLimits.formattedPieces + 1 }, (_, i) => run(`s${i} `, i % 2 ? '<w:b/>' : '<w:i/>')).join('')}</w:p>`,
        ]),
      422,
      /has 2,001 pieces of differently formatted text; a release may have at most 2,000/,
    ],
    [
      'pictures',
      () =>
        docxOf(
          [headline, ...paragraphs(3, () => 'Tekst.')],
          Array.from({ length: importLimits.images + 1 }, (_, i) => ({
            name: `word/media/image${i}.png`,
            data: Buffer.alloc(64, i),
          })),
        ),
      422,
      /has 31 pictures; a release may have at most 30/,
    ],
  ])(
    'refuses one step beyond its %s, naming the limit, and creates nothing',
    async (_, make, status, message) => {
      const before = await total('press-releases')
      const res = await importRelease(await make(), 'za-duzy.docx')
      expect({ status: res.status, message: res.message }).toEqual({
        status,
        message: expect.stringMatching(new RegExp(`^za-duzy\\.docx ${message.source}`)),
      })
      expect(await total('press-releases')).toBe(before)
    },
    120_000,
  )
})

describe('a journalists CSV', () => {
  it('imports the largest the limits allow, every row', async () => {
    const before = await total('journalists')
    const res = await importCsv(journalistsCsv(journalistImportLimits.rows, 'max'))
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      rows: 2000,
      imported: 2000,
      encoding: 'utf-8',
      errors: [],
      duplicates: [],
    })
    expect(await total('journalists')).toBe(before + 2000)
    const last = await (
      await fetch(
        `${server.url}/api/journalists?where[email][equals]=max1999@redakcja.test&depth=0`,
        {
          headers: admin,
        },
      )
    ).json()
    expect(last.docs[0]).toMatchObject({ name: 'Dziennikarka 1999 Żółć', languages: ['pl', 'en'] })
  }, 600_000)

  it('refuses one row over the limit with 413 naming it, and writes nothing', async () => {
    const before = await total('journalists')
    const res = await importCsv(journalistsCsv(journalistImportLimits.rows + 1, 'over'))
    expect(res.status).toBe(413)
    expect(res.message).toBe(
      'The file has more than 2,000 rows; an import may have at most 2,000. Nothing was imported.',
    )
    expect(await total('journalists')).toBe(before)
  }, 120_000)

  it('writes all rows or none: a row that fails to save last leaves nothing of the others', async () => {
    const before = await total('journalists')
    // The address passes the file's check but not the e-mail field's (two dots in a row).
    const csv = `${journalistsCsv(300, 'late').trimEnd()}\nJan Późny,jan..pozny@redakcja.test,,pl,\n`
    const res = await importCsv(csv)
    expect(res.status).toBe(422)
    expect(res.message).toMatch(
      /^Line 302 \(jan\.\.pozny@redakcja\.test\) could not be saved: .*Nothing was imported\.$/,
    )
    expect(await total('journalists')).toBe(before)
  }, 300_000)

  it('answers 413 to a body over 2 MB, as a file or as the whole body', async () => {
    const big = journalistsCsv(170_000, 'big')
    expect(big.length).toBeGreaterThan(12 * 1024 * 1024)
    const before = await total('journalists')
    const asFile = await importCsv(big)
    expect(asFile.status).toBe(413)
    expect(asFile.message).toMatch(/larger than 2 MB/)
    const asBody = await fetch(`${server.url}/api/journalists/import`, {
      method: 'POST',
      headers: { ...admin, 'Content-Type': 'text/csv' },
      body: big,
    })
    expect(asBody.status).toBe(413)
    expect(await total('journalists')).toBe(before)
  }, 120_000)

  it('reads a file that is not UTF-8 as Windows-1250 (Polish Excel) and says so', async () => {
    // "Łucja Żółtowska, Gazeta Wrocławska" as Excel on a Polish Windows saves it.
    const cp1250 = Buffer.concat([
      Buffer.from('name;email;outlet\n'),
      Buffer.from([
        0xa3, 0x75, 0x63, 0x6a, 0x61, 0x20, 0xaf, 0xf3, 0xb3, 0x74, 0x6f, 0x77, 0x73, 0x6b, 0x61,
      ]),
      Buffer.from(';lucja@gazeta.test;Gazeta Wroc'),
      Buffer.from([0xb3, 0x61, 0x77, 0x73, 0x6b, 0x61, 0x0a]),
    ])
    const res = await importCsv(cp1250)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ imported: 1, encoding: 'windows-1250' })
    const found = await (
      await fetch(`${server.url}/api/journalists?where[email][equals]=lucja@gazeta.test&depth=0`, {
        headers: admin,
      })
    ).json()
    expect(found.docs[0]).toMatchObject({ name: 'Łucja Żółtowska', outlet: 'Gazeta Wrocławska' })
  }, 120_000)

  it('refuses a NUL in a field with its line, and writes nothing', async () => {
    const before = await total('journalists')
    const res = await importCsv(
      'name,email\nAnna Nowak,anna@nul.test\nJan\u0000 Kowalski,jan@nul.test\n',
    )
    expect(res.status).toBe(422)
    expect(res.message).toMatch(/^Line 3 has a NUL character/)
    expect(await total('journalists')).toBe(before)
  }, 120_000)
})
