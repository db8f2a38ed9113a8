import type { AddressInfo } from 'node:net'

import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import zlib from 'node:zlib'

import type { PageSource } from '../src/render/pageSource'

import { storedPages } from '../src/render/storedPages'

/**
 * The page store over real HTTP, with a stand-in for Next that writes each page from the
 * "database" below (a generation and the releases' embargo moments) and counts its renders, and
 * an injected clock.
 */
let now = new Date('2026-12-07T10:00:00Z')
let generation = 1
let lifts: number[] = []
let renders: string[] = []
let generationReads = 0
let gate: Promise<void> | null = null
let readsHeld: Promise<void> | null = null

const source: PageSource = {
  generation: async () => {
    generationReads++
    // A database read answers on a later turn of the event loop, or when a test lets it.
    await (readsHeld ?? new Promise((resolve) => setImmediate(resolve)))
    return generation
  },
  nextPublicMoment: async (at) => lifts.filter((t) => t > at.getTime()).sort()[0] ?? Infinity,
}

const standInForNext = async (req: IncomingMessage, res: ServerResponse) => {
  renders.push(req.url as string)
  if (gate && req.url === '/pl/pilne') await gate
  const shown = lifts.filter((t) => t <= now.getTime()).length
  if (req.url?.startsWith('/pl/ukryte')) {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' })
    return res.end('<h1>Nie znaleziono</h1>')
  }
  if (req.url === '/pl/blad') {
    res.statusCode = 500
    return res.end('error')
  }
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  res.setHeader('Cache-Control', 'private, no-cache, no-store')
  if (req.url === '/pl/ciasteczko') res.setHeader('Set-Cookie', 'a=b')
  res.write(`<h1>Aktualności</h1><p>pokolenie ${generation}, widoczne ${shown}</p>`)
  await new Promise((resolve) => setImmediate(resolve))
  res.end(`<p>${'Treść komunikatu. '.repeat(100)}</p>`)
}

let server: http.Server
let url: string
let pages: ReturnType<typeof storedPages>
let arrived = 0
let arrival = () => {}

/** Once `count` requests of this test have reached the page store. */
const arrivals = (count: number) =>
  new Promise<void>((resolve) => {
    arrival = () => arrived >= count && resolve()
    arrival()
  })

beforeAll(async () => {
  pages = storedPages({ now: () => now, source: () => source })
  server = http.createServer((req, res) => {
    arrived++
    arrival()
    return pages.handle(req, res, standInForNext)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))
beforeEach(() => {
  renders = []
  generation++
  lifts = []
  arrived = 0
})

const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${url}${path}`, { headers })
  return { status: res.status, headers: res.headers, text: await res.text() }
}

test('a page is rendered once and then served from the store with an ETag, 304 when the reader has it', async () => {
  const first = await get('/pl?page=2&fbclid=abc')
  const second = await get('/pl?page=2&utm_source=x')
  expect(renders).toEqual(['/pl?page=2&fbclid=abc'])
  expect(second.text).toBe(first.text)
  expect(first.headers.get('etag')).toMatch(/^"p200-/)
  expect(second.headers.get('etag')).toBe(first.headers.get('etag'))
  expect(second.headers.get('cache-control')).toBe('public, no-cache')
  const again = await fetch(`${url}/pl?page=2`, {
    headers: { 'If-None-Match': first.headers.get('etag') as string },
  })
  expect(again.status).toBe(304)
  await get('/pl?page=3')
  expect(renders).toHaveLength(2)
})

test('gzip for readers who take it, from the one stored copy', async () => {
  await get('/pl/kontakt')
  const res = await new Promise<IncomingMessage>((resolve) =>
    http.get(`${url}/pl/kontakt`, { headers: { 'Accept-Encoding': 'gzip' } }, resolve),
  )
  const chunks: Buffer[] = []
  for await (const chunk of res) chunks.push(chunk as Buffer)
  expect(res.headers['content-encoding']).toBe('gzip')
  expect(zlib.gunzipSync(Buffer.concat(chunks)).toString()).toContain('Aktualności')
  expect(renders).toHaveLength(1)
})

test('a save anywhere (the generation moves) is seen by the very next request', async () => {
  expect((await get('/pl/wydarzenie')).text).toContain(`pokolenie ${generation}`)
  generation++
  expect((await get('/pl/wydarzenie')).text).toContain(`pokolenie ${generation}`)
  expect(renders).toHaveLength(2)
})

test('an embargo lifting ends the stored answer at that very moment', async () => {
  const lift = now.getTime() + 60_000
  lifts = [lift]
  expect((await get('/pl')).text).toContain('widoczne 0')
  now = new Date(lift - 1)
  expect((await get('/pl')).text).toContain('widoczne 0')
  expect(renders).toHaveLength(1)
  now = new Date(lift)
  expect((await get('/pl')).text).toContain('widoczne 1')
  expect(renders).toHaveLength(2)
})

test('concurrent misses wait for one render', async () => {
  let open!: () => void
  gate = new Promise((resolve) => (open = resolve))
  const all = Array.from({ length: 20 }, () => get('/pl/pilne'))
  await arrivals(20)
  // A page asked after all of them arrived is answered after their reads of the generation, so
  // by then each of them has started the render or is waiting for it, not for the stored page.
  await get('/pl/inna')
  expect(renders).toEqual(['/pl/pilne', '/pl/inna'])
  open()
  const answers = await Promise.all(all)
  gate = null
  expect(renders).toEqual(['/pl/pilne', '/pl/inna'])
  expect(new Set(answers.map((a) => a.text)).size).toBe(1)
  expect(answers.every((a) => a.status === 200)).toBe(true)
})

test('whatever status the page returns is kept (a 404), but not a 5xx or a cookie', async () => {
  expect((await get('/pl/ukryte')).status).toBe(404)
  expect((await get('/pl/ukryte')).status).toBe(404)
  expect(renders).toHaveLength(1)
  expect((await get('/pl/blad')).status).toBe(500)
  expect((await get('/pl/blad')).status).toBe(500)
  await get('/pl/ciasteczko')
  await get('/pl/ciasteczko')
  expect(renders).toHaveLength(5)
})

test('search, staff, client navigation, the admin and the API are rendered every time', async () => {
  const asked: [string, Record<string, string>][] = [
    ['/pl/search?q=most', {}],
    ['/pl', { Cookie: 'payload-token=x' }],
    ['/pl', { Authorization: 'JWT x' }],
    ['/pl', { RSC: '1' }],
    ['/admin', {}],
    ['/r/abc', {}],
  ]
  for (const [path, headers] of asked) {
    await get(path, headers)
    await get(path, headers)
  }
  expect(renders).toHaveLength(asked.length * 2)
})

test('requests arriving together share one read of the generation', async () => {
  await get('/pl/wspolny')
  const before = generationReads
  let release!: () => void
  readsHeld = new Promise((resolve) => (release = resolve))
  const all = Promise.all(Array.from({ length: 50 }, () => get('/pl/wspolny')))
  await arrivals(51)
  readsHeld = null
  release()
  await all
  // The first one's read, and one read that began after the others arrived.
  expect(generationReads - before).toBe(2)
  expect(renders).toHaveLength(1)
})
