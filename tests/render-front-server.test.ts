import type { AddressInfo } from 'node:net'

import http, { type IncomingMessage, type ServerResponse } from 'node:http'

import { bootPayload, type TestPayload } from './helpers/payload'
// @ts-expect-error: Next's bundled copy of the compression middleware has no types
import compression from 'next/dist/compiled/compression'
import { closeSharedPool } from '../src/generator/browser'
import { answerAnonymousExport } from '../src/collections/shared/anonymousExport'
import { isReleasePublicAt } from '../src/access/visibility'

import { frontServer } from '../src/render/frontServer'
import { anonymousAsk } from '../src/render/anonymousAsk'
import {
  databaseFailedSince,
  noteDatabaseFailure,
  setDatabaseProbe,
} from '../src/lib/databaseHealth'
import { databaseUnavailableDocument } from '../src/lib/unavailablePage'
import { makeQuote, makeRelease, makeUser, setupOffice } from './helpers/content'

/**
 * The server in front of Next (`npm start`) over real HTTP. Next stands behind it as a handler
 * that records what reached it and answers an anonymous export the way the export route does
 * (answerAnonymousExport); everything else it answers 299, so a fall-through is visible.
 */
let t: TestPayload
let url: string
let server: http.Server
let now: Date | undefined
const reachedNext: string[] = []
/** What the database check answers for a failed page (the outage is the test's to say). */
let databaseFailed = false
const pageChecks: number[] = []

/** A page as Next writes it: headers, then the document in parts (a 500 if `status` says so). */
const writePage = async (res: ServerResponse, status: number, flushHeadersFirst = false) => {
  res.statusCode = status
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  res.setHeader('X-Written-By', 'next')
  if (flushHeadersFirst) res.flushHeaders()
  res.write('<!DOCTYPE html><html><body>')
  await new Promise((resolve) => setImmediate(resolve))
  res.write(Buffer.from(status === 500 ? '<h1>Internal Server Error</h1>' : '<h1>Aktualności</h1>'))
  res.end('</body></html>')
}

const standInForNext = async (req: IncomingMessage, res: ServerResponse) => {
  reachedNext.push(`${req.method} ${req.url}`)
  if (req.url === '/pl/strona-ok') return writePage(res, 200)
  if (req.url?.startsWith('/pl/strona-skompresowana')) {
    // As Next's server does: its compression wraps the response's methods, then the page streams.
    compression()(req, res, () => {})
    return writePage(res, req.url.endsWith('blad') ? 500 : 200, true)
  }
  if (req.url === '/pl/strona-blad') return writePage(res, 500)
  if (req.url === '/pl/strona-blad-naglowek') {
    res.writeHead(500, { 'Content-Type': 'text/plain' }).end('Internal Server Error')
    return
  }
  const match = /^\/api\/press-releases\/(\w+)\/(\w+)(\?.*)?$/.exec(req.url ?? '')
  if (req.method !== 'GET' || !match || req.headers.authorization || req.headers.cookie) {
    res.writeHead(299).end('next')
    return
  }
  // Next answers by the access rule at its clock: the test's clock here, as the front server's.
  const release = await t.payload.findByID({
    collection: 'press-releases',
    id: match[1],
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!release || !isReleasePublicAt(release, now ?? new Date())) {
    res.writeHead(404).end('not public')
    return
  }
  const headers = new Headers(req.headers as Record<string, string>)
  const answer = await answerAnonymousExport(
    { headers, payload: t.payload, method: 'GET', pathname: req.url! },
    { kind: 'release', ref: match[1], locale: 'pl', format: match[2] },
  )
  res.writeHead(answer.status, Object.fromEntries(answer.headers))
  res.end(Buffer.from(await answer.arrayBuffer()))
}

beforeAll(async () => {
  t = await bootPayload('render-front-server')
  await setupOffice(t.payload)
  server = http.createServer(
    frontServer(
      standInForNext,
      () => now ?? new Date(),
      async (since) => {
        pageChecks.push(since)
        return databaseFailed
      },
    ),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server?.closeAllConnections()
  await new Promise((resolve) => server?.close(resolve))
  await closeSharedPool()
  await t?.destroy()
})
beforeEach(() => {
  now = undefined
  databaseFailed = false
  pageChecks.length = 0
})

/** GET `path`; whether it reached Next, and what came back. */
const get = async (path: string, init: RequestInit = {}) => {
  const before = reachedNext.length
  const res = await fetch(url + path, init)
  const body = Buffer.from(await res.arrayBuffer())
  return {
    status: res.status,
    etag: res.headers.get('etag'),
    body,
    text: body.toString('utf8'),
    viaNext: reachedNext.length > before,
  }
}

describe('the front server', () => {
  it('serves a published PDF it has seen from the store, with its ETag and 304, without Next', async () => {
    const release = await makeRelease(t.payload, { headline: 'Front przed Nextem' })
    const path = `/api/press-releases/${release.id}/pdf`
    const first = await get(path)
    expect(first).toMatchObject({ status: 200, viaNext: true })
    expect(first.body.subarray(0, 5).toString()).toBe('%PDF-')

    const second = await get(path)
    expect(second).toMatchObject({ status: 200, viaNext: false, etag: first.etag })
    expect(second.body.equals(first.body)).toBe(true)

    const revalidated = await get(path, { headers: { 'If-None-Match': first.etag! } })
    expect(revalidated).toMatchObject({ status: 304, viaNext: false, etag: first.etag })
    expect(revalidated.body.length).toBe(0)
  })

  it('sends requests with credentials, drafts, other languages, methods and paths to Next', async () => {
    const release = await makeRelease(t.payload, { headline: 'Tylko dla anonimowych' })
    const path = `/api/press-releases/${release.id}/txt`
    expect(await get(path)).toMatchObject({ status: 200, viaNext: true })
    expect(await get(path)).toMatchObject({ status: 200, viaNext: false })

    const others: [string, RequestInit][] = [
      [path, { headers: { Authorization: 'JWT something' } }],
      [path, { headers: { Authorization: 'users API-Key something' } }],
      [path, { headers: { Cookie: 'payload-token=something' } }],
      [path, { headers: { Cookie: 'lang=pl; payload-token=something' } }],
      [`${path}?draft=true`, {}],
      [`${path}?locale=de`, {}],
      [`/api/press-releases/${release.id}`, {}],
      [`/api/press-releases/${release.id}/txt/more`, {}],
      ['/api/globals/press-office', {}],
      ['/pl', {}],
      [path, { method: 'POST' }],
      [path, { method: 'HEAD' }],
    ]
    for (const [to, init] of others) {
      expect({ to, init, viaNext: (await get(to, init)).viaNext }).toEqual({
        to,
        init,
        viaNext: true,
      })
    }
  })

  it('never serves a document before its embargo lifts, nor one it has not seen public', async () => {
    const lift = new Date(Date.now() - 60_000)
    const lifted = await makeRelease(t.payload, {
      headline: 'Embargo minęło',
      embargoUntil: lift.toISOString(),
    })
    const path = `/api/press-releases/${lifted.id}/txt`
    expect(await get(path)).toMatchObject({ status: 200, viaNext: true })
    now = new Date(lift.getTime() - 1000)
    expect(await get(path)).toMatchObject({ status: 404, viaNext: true })
    now = lift
    expect(await get(path)).toMatchObject({ status: 200, viaNext: false })

    const embargoed = await makeRelease(t.payload, {
      headline: 'Jeszcze pod embargiem',
      embargoUntil: new Date(Date.now() + 3_600_000).toISOString(),
    })
    for (let i = 0; i < 2; i++) {
      expect(await get(`/api/press-releases/${embargoed.id}/txt`)).toMatchObject({
        status: 404,
        viaNext: true,
      })
    }
  })

  it('never serves a stale document: an edit of the release or of a quote it cites goes to Next', async () => {
    const quote = await makeQuote(t.payload, { text: 'Pierwsza wersja cytatu.' })
    const release = await makeRelease(t.payload, { headline: 'Wersje', quotes: [quote.id] })
    const path = `/api/press-releases/${release.id}/txt`
    const first = await get(path)
    expect(first).toMatchObject({ status: 200, viaNext: true })
    expect(first.text).toContain('Pierwsza wersja cytatu.')
    expect(await get(path)).toMatchObject({ viaNext: false })

    await t.payload.update({
      collection: 'press-releases',
      id: release.id,
      locale: 'pl',
      data: { lead: 'Nowy lead wydania.' },
      overrideAccess: true,
    })
    const edited = await get(path)
    expect(edited).toMatchObject({ status: 200, viaNext: true })
    expect(edited.text).toContain('Nowy lead wydania.')
    expect(edited.etag).not.toBe(first.etag)

    await t.payload.update({
      collection: 'quotes',
      id: quote.id,
      locale: 'pl',
      data: { text: 'Druga wersja cytatu.' } as never,
      overrideAccess: true,
    })
    const quoted = await get(path)
    expect(quoted).toMatchObject({ status: 200, viaNext: true })
    // A changed text needs approval again: the document no longer prints the old one.
    expect(quoted.text).not.toContain('Pierwsza wersja cytatu.')
    expect(quoted.etag).not.toBe(edited.etag)
    expect(await get(path)).toMatchObject({ viaNext: false, etag: quoted.etag })
  })

  it('lets one of many concurrent first requests through Next and serves the rest from the store', async () => {
    const release = await makeRelease(t.payload, { headline: 'Tłum o dziesiątej' })
    const path = `/api/press-releases/${release.id}/txt`
    const answers = await Promise.all(Array.from({ length: 20 }, () => get(path)))
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200))
    expect(new Set(answers.map((a) => a.text)).size).toBe(1)
    expect(reachedNext.filter((line) => line === `GET ${path}`)).toHaveLength(1)
  })
})

describe('a page that fails while the database is away', () => {
  it('is answered with the 503 page instead of the 500 Next wrote', async () => {
    databaseFailed = true
    for (const path of [
      '/pl/strona-blad',
      '/pl/strona-blad-naglowek',
      '/pl/strona-skompresowana-blad',
    ]) {
      const res = await fetch(url + path)
      expect(res.status).toBe(503)
      expect(res.headers.get('retry-after')).toBe('5')
      expect(res.headers.get('cache-control')).toBe('no-store')
      expect(res.headers.get('x-written-by')).toBeNull()
      expect(await res.text()).toBe(databaseUnavailableDocument())
    }
    expect(pageChecks).toHaveLength(3)
  })

  it('keeps a 500 that the database did not cause, as Next wrote it', async () => {
    const res = await fetch(url + '/pl/strona-blad')
    expect(res.status).toBe(500)
    expect(res.headers.get('x-written-by')).toBe('next')
    expect(await res.text()).toBe(
      '<!DOCTYPE html><html><body><h1>Internal Server Error</h1></body></html>',
    )
    expect(pageChecks).toHaveLength(1)
  })

  it('leaves every other answer alone, without asking about the database', async () => {
    databaseFailed = true
    const res = await fetch(url + '/pl/strona-ok')
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('<!DOCTYPE html><html><body><h1>Aktualności</h1></body></html>')
    const head = await fetch(url + '/pl/strona-ok', { method: 'HEAD' })
    expect(head.status).toBe(200)
    const compressed = await fetch(url + '/pl/strona-skompresowana', {
      headers: { 'Accept-Encoding': 'gzip' },
    })
    expect(compressed.headers.get('content-encoding')).toBe('gzip')
    expect(await compressed.text()).toBe(
      '<!DOCTYPE html><html><body><h1>Aktualności</h1></body></html>',
    )
    expect(pageChecks).toHaveLength(0)
  })
})

describe('the one rule for an anonymous export', () => {
  it('serves `draft=false`, an empty locale and `locale=pl` from the store as the plain address', async () => {
    const release = await makeRelease(t.payload, { headline: 'Jedna reguła' })
    const path = `/api/press-releases/${release.id}/txt`
    const first = await get(path)
    expect(first).toMatchObject({ status: 200, viaNext: true })
    for (const query of ['?draft=false', '?locale=', '?locale=pl', '?draft=false&locale=pl']) {
      expect({ query, ...(await get(path + query)) }).toMatchObject({
        query,
        status: 200,
        viaNext: false,
        etag: first.etag,
      })
    }
  })

  it('takes what the request said as read where it arrived: signed in, a draft, the locale', () => {
    const asking = { locale: '', draft: false, signedIn: false }
    expect(anonymousAsk('press-releases', 'most', 'pdf', asking)).toEqual({
      kind: 'release',
      ref: 'most',
      locale: 'pl',
      format: 'pdf',
    })
    expect(anonymousAsk('press-releases', 'most', 'pdf', { ...asking, locale: 'uk' })?.locale).toBe(
      'uk',
    )
    // A Local API call carries no headers: its user alone makes it signed in.
    expect(anonymousAsk('press-releases', 'most', 'pdf', { ...asking, signedIn: true })).toBeNull()
    expect(anonymousAsk('press-releases', 'most', 'pdf', { ...asking, draft: true })).toBeNull()
    expect(anonymousAsk('press-releases', 'most', 'pdf', { ...asking, locale: 'de' })).toBeNull()
    expect(anonymousAsk('press-packs', 'most', 'txt', asking)).toBeNull()
  })

  it('answers an unknown format and a bad %-encoding through Next, not from the store', async () => {
    const release = await makeRelease(t.payload, { headline: 'Nieznany format' })
    for (const to of [
      `/api/press-releases/${release.id}/docx`,
      `/api/press-releases/%E0%A4%A/txt`,
      `/api/press-packs/${release.id}/txt`,
    ]) {
      expect({ to, viaNext: (await get(to)).viaNext }).toEqual({ to, viaNext: true })
    }
  })
})

describe('whether a failed request can put it down to the database', () => {
  it('says yes for a failure seen since the request started, or a database that does not answer', async () => {
    let answers = true
    let probes = 0
    setDatabaseProbe(async () => {
      probes++
      return answers
    })
    const start = 1_000_000
    noteDatabaseFailure(start - 1)
    expect(await databaseFailedSince(start, start + 10)).toBe(false)
    noteDatabaseFailure(start + 5)
    expect(await databaseFailedSince(start, start + 10)).toBe(true)
    expect(probes).toBe(1)
    answers = false
    // The probe is asked at most once a second: within it, its last answer stands.
    expect(await databaseFailedSince(start + 20, start + 30)).toBe(false)
    expect(await databaseFailedSince(start + 20, start + 1010)).toBe(true)
    expect(probes).toBe(2)
    // A database that did not answer is a failure for the requests that come after, too.
    expect(await databaseFailedSince(start + 1005, start + 1020)).toBe(true)
  })
})
