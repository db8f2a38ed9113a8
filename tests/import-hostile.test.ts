import archiver from 'archiver'
import { PassThrough } from 'node:stream'

import { login, startServer, type TestServer } from './helpers/server'

/**
 * Hostile files sent to the admin's import over real HTTP: each is refused with 413 or 422 and a
 * message that says why, nothing is created, and the server keeps answering while one is read.
 */
let server: TestServer
let admin: Record<string, string>

const docx = async (documentXml: string | (() => Iterable<string>)): Promise<Buffer> => {
  const archive = archiver('zip', { zlib: { level: 9 } })
  const out = new PassThrough()
  const chunks: Buffer[] = []
  out.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise((resolve) => out.on('end', resolve))
  archive.pipe(out)
  archive.append(
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    { name: '[Content_Types].xml' },
  )
  archive.append(
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    { name: '_rels/.rels' },
  )
  const xml =
    typeof documentXml === 'string' ? documentXml : Buffer.from([...documentXml()].join(''))
  archive.append(xml, { name: 'word/document.xml' })
  await archive.finalize()
  await done
  return Buffer.concat(chunks)
}

const wordDocument = (body: string) =>
  `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`
const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`

const releaseCount = async () =>
  (
    await (
      await fetch(`${server.url}/api/press-releases?draft=true&limit=0`, { headers: admin })
    ).json()
  ).totalDocs as number

const importFile = async (bytes: Buffer, name: string, type: string) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  const res = await fetch(`${server.url}/api/press-releases/import?locale=pl`, {
    method: 'POST',
    headers: admin,
    body: form,
  })
  return { status: res.status, message: ((await res.json()).errors?.[0]?.message ?? '') as string }
}

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

beforeAll(async () => {
  // A short parse limit, so the timeout case needs no giant file.
  server = await startServer('import-hostile', { PRESSROOM_IMPORT_PARSE_MS: '1500' })
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
}, 180_000)

afterAll(async () => server?.stop())

it('refuses a zip bomb from its directory, before unpacking it, and creates nothing', async () => {
  const before = await releaseCount()
  // 500,000 paragraphs: ~28 MB of XML, a few hundred kilobytes zipped.
  const bomb = await docx(() =>
    (function* () {
      yield '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
      for (let i = 0; i < 500_000; i++) yield paragraph('Ala ma kota, a kot ma Alę.')
      yield '</w:body></w:document>'
    })(),
  )
  expect(bomb.length).toBeLessThan(1024 * 1024)
  const res = await importFile(bomb, 'bomba.docx', docxType)
  expect(res).toEqual({
    status: 413,
    message: expect.stringMatching(/bomba\.docx unpacks to more than 20 MB/),
  })
  expect(await releaseCount()).toBe(before)
})

it('refuses a .docx with more paragraphs than a release has', async () => {
  const before = await releaseCount()
  const many = await docx(
    wordDocument(Array.from({ length: 700 }, (_, i) => paragraph(`Akapit ${i}.`)).join('')),
  )
  const res = await importFile(many, 'dluga.docx', docxType)
  expect(res).toEqual({
    status: 422,
    message: expect.stringMatching(
      /dluga\.docx has \d+ paragraphs; a release may have at most 600/,
    ),
  })
  expect(await releaseCount()).toBe(before)
})

it('refuses deeply nested XML without harming the server', async () => {
  const before = await releaseCount()
  const depth = 200_000
  const nested = await docx(
    wordDocument(
      `${'<w:sdt><w:sdtContent>'.repeat(depth)}${paragraph('Środek')}${'</w:sdtContent></w:sdt>'.repeat(depth)}`,
    ),
  )
  const res = await importFile(nested, 'zagniezdzony.docx', docxType)
  expect([413, 422]).toContain(res.status)
  expect(res.message).toMatch(
    /zagniezdzony\.docx (is not a readable|took longer|needs too much memory|unpacks to more|holds more than)/,
  )
  expect(await releaseCount()).toBe(before)
})

it('refuses a .txt over the size limit with 413', async () => {
  const huge = Buffer.from('Kraków. '.repeat(800_000))
  const res = await importFile(huge, 'ogromny.txt', 'text/plain')
  expect(res).toEqual({
    status: 413,
    message: expect.stringMatching(/larger than the 5 MB an import may be/),
  })
})

it('refuses a file that is not what its name says', async () => {
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex')
  expect(await importFile(png, 'obrazek.docx', docxType)).toEqual({
    status: 422,
    message: expect.stringMatching(/obrazek\.docx is not a readable \.docx document/),
  })
  const pdf = await importFile(Buffer.from('%PDF-1.4'), 'komunikat.pdf', 'application/pdf')
  expect(pdf.status).toBe(400)
  expect(pdf.message).toMatch(/use a \.txt or \.docx file/)
})

it('stops a read that takes too long, and answers other requests meanwhile', async () => {
  const before = await releaseCount()
  // Within every limit (under 2 MB of XML, 500 paragraphs, one long word each): 80,000 runs of one
  // letter are slow to convert, and refused for their time.
  const slow = await docx(() =>
    (function* () {
      yield '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
      for (let i = 0; i < 500; i++) yield `<w:p>${'<w:r><w:t>a</w:t></w:r>'.repeat(160)}</w:p>`
      yield '</w:body></w:document>'
    })(),
  )
  let refused = false
  const pending = importFile(slow, 'powolny.docx', docxType).finally(() => (refused = true))
  // Asked after the import: a conversion that held the server's event loop would let this
  // through only after the refusal (which comes after 1.5 s of converting, or its memory).
  const health = await fetch(`${server.url}/api/globals/press-office`)
  expect([health.status, refused]).toEqual([200, false])
  const res = await pending
  expect(res).toEqual({
    status: expect.any(Number),
    message: expect.stringMatching(/powolny\.docx (took longer than 1\.5 s|needs too much memory)/),
  })
  expect([413, 422]).toContain(res.status)
  expect(await releaseCount()).toBe(before)
})
