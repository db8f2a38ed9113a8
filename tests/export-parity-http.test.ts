import { pdfPages } from './helpers/pdf'
import {
  login,
  startNextServer,
  startServer,
  type TestServer,
  withoutSecondPairOfEyes,
} from './helpers/server'

/**
 * One anonymous export path: `npm start` (our front server before Next) and plain `next start`
 * on the same database and render store give the same answers — status, content type, ETag and
 * body (a PDF's text, and its bytes where both serve the stored file) — for every kind of
 * request, asked twice (the second time the front server may answer from the store).
 */
let front: TestServer
let plain: TestServer
let staff: Record<string, string>
const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString()

const post = async (path: string, body: Record<string, unknown>) => {
  const res = await fetch(`${front.url}${path}`, {
    method: 'POST',
    headers: { ...staff, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  const json = await res.json()
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`)
  return json.doc as { id: number; slug?: string }
}

const release = (headline: string, extra: Record<string, unknown>) =>
  post(extra._status === 'draft' ? '/api/press-releases?draft=true' : '/api/press-releases', {
    headline,
    place: 'Kraków',
    date: new Date().toISOString(),
    lead: 'Zarząd Transportu Publicznego w Krakowie przedstawił plan prac na wiosnę.',
    releaseType: 'immediate',
    ...extra,
  })

type Answer = {
  status: number
  contentType: string | null
  etag: string | null
  body: string
  bytes: Buffer
}

const answerOf = async (server: TestServer, path: string, headers: Record<string, string>) => {
  const res = await fetch(`${server.url}${path}`, { headers })
  const bytes = Buffer.from(await res.arrayBuffer())
  const contentType = res.headers.get('content-type')
  const body = contentType?.startsWith('application/pdf')
    ? (await pdfPages(new Uint8Array(bytes))).join('\n')
    : bytes.toString('utf8')
  return { status: res.status, contentType, etag: res.headers.get('etag'), body, bytes }
}

let ids: Record<'published' | 'embargoed' | 'draft' | 'pack', number>

beforeAll(async () => {
  front = await startServer('export-parity')
  const first = await fetch(`${front.url}/api/users/first-register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'admin@krakow.test', password: 'admin-pass-123', name: 'Admin' }),
  })
  if (!first.ok) throw new Error(`first-register: ${first.status} ${await first.text()}`)
  staff = { Authorization: await login(front.url, 'admin@krakow.test', 'admin-pass-123') }
  await withoutSecondPairOfEyes(front.url, staff.Authorization)
  const published = await release('Remont torowiska na Starowiślnej', { _status: 'published' })
  const embargoed = await release('Nowy park na Zabłociu', {
    releaseType: 'embargoed',
    embargoUntil: hours(30),
    _status: 'published',
  })
  const draft = await release('Projekt: ferie w mieście', { _status: 'draft' })
  const pack = await post('/api/press-packs', {
    title: 'Pakiet: wiosna w mieście',
    date: new Date().toISOString(),
    releases: [published.id],
    _status: 'published',
  })
  ids = { published: published.id, embargoed: embargoed.id, draft: draft.id, pack: pack.id }
  plain = await startNextServer(front)
}, 900_000)
afterAll(async () => {
  await plain?.stop()
  await front?.stop()
})

describe('an export asked of `npm start` and of `next start`', () => {
  const cases: [string, () => string, 'anonymous' | 'staff'][] = [
    ['published PDF', () => `/api/press-releases/${ids.published}/pdf`, 'anonymous'],
    [
      'published TXT in English',
      () => `/api/press-releases/${ids.published}/txt?locale=en`,
      'anonymous',
    ],
    [
      'published HTML, draft=false',
      () => `/api/press-releases/${ids.published}/html?draft=false`,
      'anonymous',
    ],
    ['published pack PDF', () => `/api/press-packs/${ids.pack}/pdf`, 'anonymous'],
    ['embargoed PDF', () => `/api/press-releases/${ids.embargoed}/pdf`, 'anonymous'],
    ['draft PDF', () => `/api/press-releases/${ids.draft}/pdf`, 'anonymous'],
    ['unknown id', () => '/api/press-releases/999999/pdf', 'anonymous'],
    ['unknown slug', () => '/api/press-releases/nie-ma-takiego/txt', 'anonymous'],
    [
      'unknown slug in Ukrainian',
      () => '/api/press-releases/nie-ma-takiego/txt?locale=uk',
      'anonymous',
    ],
    ['unknown locale', () => `/api/press-releases/${ids.published}/pdf?locale=de`, 'anonymous'],
    ['draft=true, anonymous', () => `/api/press-releases/${ids.draft}/txt?draft=true`, 'anonymous'],
    ['embargoed PDF with a staff token', () => `/api/press-releases/${ids.embargoed}/pdf`, 'staff'],
    [
      'draft=true with a staff token',
      () => `/api/press-releases/${ids.draft}/txt?draft=true`,
      'staff',
    ],
  ]

  it.each(cases)('gets the same answer: %s', async (_name, pathOf, who) => {
    const path = pathOf()
    const headers = who === 'staff' ? staff : {}
    for (const round of [1, 2]) {
      const ours = await answerOf(front, path, headers)
      const next = await answerOf(plain, path, headers)
      const seen = ({ status, contentType, etag, body }: Answer) => ({
        round,
        status,
        contentType,
        etag,
        body,
      })
      expect(seen(next)).toEqual(seen(ours))
      // Both servers read the one render store: a public document is the same file.
      if (ours.status === 200 && who === 'anonymous')
        expect(next.bytes.equals(ours.bytes)).toBe(true)
    }
  })

  it('answers what each case should, so the comparison above compares something', async () => {
    const statusOf = async (path: string, headers: Record<string, string> = {}) =>
      (await answerOf(plain, path, headers)).status
    expect(await statusOf(`/api/press-releases/${ids.published}/pdf`)).toBe(200)
    expect(await statusOf(`/api/press-packs/${ids.pack}/pdf`)).toBe(200)
    expect(await statusOf(`/api/press-releases/${ids.embargoed}/pdf`)).toBe(404)
    expect(await statusOf(`/api/press-releases/${ids.draft}/pdf`)).toBe(404)
    expect(await statusOf('/api/press-releases/999999/pdf')).toBe(404)
    const unknown = await answerOf(plain, '/api/press-releases/nie-ma-takiego/txt?locale=uk', {})
    expect([unknown.status, JSON.parse(unknown.body)]).toEqual([
      404,
      {
        errors: [
          {
            message: 'Такого документа цією мовою немає або він ще не оприлюднений.',
            data: { key: 'exportNotFound' },
          },
        ],
      },
    ])
    expect(await statusOf(`/api/press-releases/${ids.published}/pdf?locale=de`)).toBe(400)
    expect(await statusOf(`/api/press-releases/${ids.draft}/txt?draft=true`)).toBe(401)
    expect(await statusOf(`/api/press-releases/${ids.embargoed}/pdf`, staff)).toBe(200)
    const draft = await answerOf(plain, `/api/press-releases/${ids.draft}/txt?draft=true`, staff)
    // The documents bind a one-letter word to the next with a no-break space.
    expect(draft.body.replace(/\u00a0/g, ' ')).toContain('Projekt: ferie w mieście')
  })
})
