import type { Endpoint, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { bootPayload, type TestPayload } from './helpers/payload'
import { closeSharedPool } from '../src/generator/browser'
import { generationTable } from '../src/render/generation'
import { makeRelease, makeQuote, setupOffice } from './helpers/content'
import { pdfPages } from './helpers/pdf'

let t: TestPayload
let editor: Awaited<ReturnType<TestPayload['payload']['create']>>

beforeAll(async () => {
  t = await bootPayload('endpoints-generator')
  await setupOffice(t.payload)
  editor = await t.payload.create({
    collection: 'users',
    data: {
      email: 'editor@krakow.test',
      password: 'correct horse battery staple',
      name: 'Ewa Redaktor',
      role: 'editor',
    },
    overrideAccess: true,
  })
})
afterAll(async () => {
  await closeSharedPool()
  await t?.destroy()
})

/**
 * Calls an export endpoint's handler in-process, as Payload's router would, with the editor as the
 * logged-in user when asked. What the same requests get over real HTTP (each staff role, anonymous
 * readers) is in access-http.test.ts.
 */
type SqlDb = {
  drizzle: unknown
  execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
}
const sqlOf = (payload: TestPayload['payload']) => payload.db as unknown as SqlDb

const call = async (
  collection: 'press-releases' | 'press-packs',
  id: string | number,
  format: string,
  query: Record<string, string> = {},
  options: { user?: boolean; headers?: Record<string, string> } = {},
): Promise<Response> => {
  const endpoints = t.payload.collections[collection].config.endpoints as Endpoint[]
  const endpoint = endpoints.find((e) => e.path === `/:id/${format}`)!
  const req: PayloadRequest = await createLocalReq(
    {
      req: {
        routeParams: { id },
        query,
        headers: new Headers(options.headers ?? {}),
      } as Partial<PayloadRequest>,
      user: options.user ? ({ ...editor, collection: 'users' } as never) : undefined,
    },
    t.payload,
  )
  return endpoint.handler(req)
}

describe('release export handlers, called in-process', () => {
  it('serves a published release as PDF to anyone, named <slug>.<locale>.pdf, with an ETag', async () => {
    const quote = await makeQuote(t.payload, {
      text: 'Dziękuję mieszkańcom za cierpliwość.',
      speaker: 'Marta Zielińska',
    })
    const release = await makeRelease(t.payload, {
      headline: 'Remont mostu Dębnickiego',
      quotes: [quote.id],
    })
    const res = await call('press-releases', release.slug as string, 'pdf')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('content-disposition')).toBe(
      'inline; filename="remont-mostu-debnickiego.pl.pdf"',
    )
    expect(res.headers.get('cache-control')).toContain('public')
    const text = (await pdfPages(new Uint8Array(await res.arrayBuffer()))).join('\n')
    expect(text).toContain('Remont mostu Dębnickiego')
    const etag = res.headers.get('etag')!
    const again = await call(
      'press-releases',
      release.id,
      'pdf',
      {},
      { headers: { 'if-none-match': etag } },
    )
    expect(again.status).toBe(304)
  })

  it('answers an old ETag with the new document after a cited quote changes, and 304 only for the current one', async () => {
    const quote = await makeQuote(t.payload, {
      text: 'Pierwsza wersja wypowiedzi.',
      speaker: 'Marta Zielińska',
    })
    const release = await makeRelease(t.payload, {
      headline: 'Zmiana cytatu po publikacji',
      quotes: [quote.id],
    })
    const first = await call('press-releases', release.id, 'txt')
    const oldTag = first.headers.get('etag')!
    expect(await first.text()).toContain('Pierwsza wersja wypowiedzi.')
    expect(
      (
        await call(
          'press-releases',
          release.id,
          'txt',
          {},
          { headers: { 'if-none-match': oldTag } },
        )
      ).status,
    ).toBe(304)
    await t.payload.update({
      collection: 'quotes',
      id: quote.id,
      data: { text: 'Druga wersja wypowiedzi.' },
      overrideAccess: true,
    })
    await t.payload.update({
      collection: 'quotes',
      id: quote.id,
      data: { status: 'approved' },
      overrideAccess: true,
    })
    const fresh = await call(
      'press-releases',
      release.id,
      'txt',
      {},
      { headers: { 'if-none-match': oldTag } },
    )
    expect(fresh.status).toBe(200)
    expect(fresh.headers.get('etag')).not.toBe(oldTag)
    expect(await fresh.text()).toContain('Druga wersja wypowiedzi.')
  })

  it('answers with a new ETag and the new words as soon as a template changes', async () => {
    const release = await makeRelease(t.payload, { headline: 'Zmiana szablonu' })
    const first = await call('press-releases', release.id, 'txt')
    const oldTag = first.headers.get('etag')!
    expect(await first.text()).toContain('INFORMACJA PRASOWA')
    expect(
      (
        await call(
          'press-releases',
          release.id,
          'txt',
          {},
          { headers: { 'if-none-match': oldTag } },
        )
      ).status,
    ).toBe(304)
    const templates = fs.mkdtempSync(path.join(os.tmpdir(), 'pressroom-templates-'))
    fs.cpSync('templates', templates, { recursive: true })
    const labels = path.join(templates, 'labels.json')
    fs.writeFileSync(
      labels,
      fs.readFileSync(labels, 'utf8').replace('INFORMACJA PRASOWA', 'KOMUNIKAT PRASOWY'),
    )
    process.env.PRESSROOM_TEMPLATES_DIR = templates
    try {
      const fresh = await call(
        'press-releases',
        release.id,
        'txt',
        {},
        { headers: { 'if-none-match': oldTag } },
      )
      expect(fresh.status).toBe(200)
      expect(await fresh.text()).toContain('KOMUNIKAT PRASOWY')
    } finally {
      delete process.env.PRESSROOM_TEMPLATES_DIR
      fs.rmSync(templates, { recursive: true, force: true })
    }
  })

  it('hides an embargoed release without a user, and serves it to an injected editor', async () => {
    const release = await makeRelease(t.payload, {
      headline: 'Nowy park w Czyżynach',
      releaseType: 'embargoed',
      embargoUntil: new Date(Date.now() + 86_400_000).toISOString(),
    })
    expect((await call('press-releases', release.id, 'html')).status).toBe(404)
    const staff = await call('press-releases', release.id, 'html', {}, { user: true })
    expect(staff.status).toBe(200)
    expect(staff.headers.get('cache-control')).toContain('private')
    expect(await staff.text()).toContain('EMBARGO DO')
  })

  it('hides a release from anonymous readers again once an embargo is set after they read it', async () => {
    const release = await makeRelease(t.payload, { headline: 'Embargo nałożone po publikacji' })
    expect((await call('press-releases', release.id, 'pdf')).status).toBe(200)
    expect((await call('press-releases', release.id, 'pdf')).status).toBe(200)
    // Written as another instance's save lands in the database: the row changes (updatedAt kept as
    // it was) and the shared content generation moves in the same statement batch; no hook of this
    // process runs, so only the shared generation stands between the reader and the stored PDF.
    await t.payload.db.updateOne({
      collection: 'press-releases',
      id: release.id,
      data: {
        releaseType: 'embargoed',
        embargoUntil: new Date(Date.now() + 86_400_000).toISOString(),
        updatedAt: release.updatedAt,
      },
    })
    await sqlOf(t.payload).execute({
      drizzle: sqlOf(t.payload).drizzle,
      raw: `UPDATE ${generationTable} SET value = value + 1 WHERE id = 1`,
    })
    expect((await call('press-releases', release.id, 'pdf')).status).toBe(404)
    expect((await call('press-releases', release.slug as string, 'html')).status).toBe(404)
  })

  it('gives drafts only to a request with a user that asks with draft=true, marked PROJEKT', async () => {
    const release = await makeRelease(t.payload, {
      headline: 'Projekt komunikatu o smogu',
      _status: 'draft',
    })
    expect((await call('press-releases', release.id, 'txt')).status).toBe(404)
    expect((await call('press-releases', release.id, 'txt', { draft: 'true' })).status).toBe(401)
    const res = await call('press-releases', release.id, 'txt', { draft: 'true' }, { user: true })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(await res.text()).toContain('PROJEKT / DRAFT')
  })

  it('answers 400 for an unknown locale and 404 for an unknown slug or a missing translation', async () => {
    const release = await makeRelease(t.payload, { headline: 'Tylko po polsku' })
    const bad = await call('press-releases', release.id, 'html', { locale: 'de' })
    expect(bad.status).toBe(400)
    // No Accept-Language: the office's language, with the key a client can act on.
    const refusal = (await bad.json()).errors[0]
    expect(refusal.data.key).toBe('refuseUnknownLocale')
    expect(refusal.message).toMatch(/„de”.*pl, en, uk/)
    expect((await call('press-releases', 'no-such-release', 'html')).status).toBe(404)
    const en = await call('press-releases', release.id, 'html', { locale: 'en' })
    expect([en.status, en.status === 200 ? (await en.text()).slice(0, 300) : '']).toEqual([404, ''])
  })

  it("words a journalist's 404 in the language asked for and staff's in the admin's, each with its key", async () => {
    const release = await makeRelease(t.payload, { headline: 'Tylko po polsku, dla redakcji' })
    const refusal = async (res: Response) => [res.status, (await res.json()).errors[0]]
    expect(
      await refusal(await call('press-releases', 'nie-ma-takiego', 'txt', { locale: 'uk' })),
    ).toEqual([
      404,
      {
        message: 'Такого документа цією мовою немає або він ще не оприлюднений.',
        data: { key: 'exportNotFound' },
      },
    ])
    // No English version: the same words as an unknown document, in English.
    expect(
      await refusal(await call('press-releases', release.id, 'html', { locale: 'en' })),
    ).toEqual([
      404,
      {
        message: 'There is no such document in this language, or it is not public yet.',
        data: { key: 'exportNotFound' },
      },
    ])
    expect(await refusal(await call('press-packs', 'nie-ma-pakietu', 'pdf'))).toEqual([
      404,
      {
        message: 'Nie ma takiego dokumentu w tym języku albo nie jest jeszcze publiczny.',
        data: { key: 'exportNotFound' },
      },
    ])
    // A Local API call with a user and no headers is staff's: the admin's words, Polish here.
    const staff = await call('press-releases', 'nie-ma-takiego', 'txt', {}, { user: true })
    expect(await refusal(staff)).toEqual([
      404,
      {
        message: 'Nie ma informacji prasowej „nie-ma-takiego”.',
        data: { key: 'refuseNoReleaseRef' },
      },
    ])
  })

  it('answers 503 with a reason when no browser can be found', async () => {
    const release = await makeRelease(t.payload, { headline: 'Bez przeglądarki' })
    await closeSharedPool()
    const saved = process.env.PUPPETEER_EXECUTABLE_PATH
    process.env.PUPPETEER_EXECUTABLE_PATH = '/nonexistent/chromium'
    try {
      const res = await call('press-releases', release.id, 'pdf')
      expect(res.status).toBe(503)
      expect((await res.json()).errors[0].message).toMatch(/PUPPETEER_EXECUTABLE_PATH/)
    } finally {
      if (saved === undefined) delete process.env.PUPPETEER_EXECUTABLE_PATH
      else process.env.PUPPETEER_EXECUTABLE_PATH = saved
      await closeSharedPool()
    }
  })
})

describe('pack export handlers, called in-process', () => {
  it('serves a published pack as PDF and ZIP', async () => {
    const a = await makeRelease(t.payload, { headline: 'Pakiet: pierwszy komunikat' })
    const b = await makeRelease(t.payload, { headline: 'Pakiet: drugi komunikat' })
    const pack = await t.payload.create({
      collection: 'press-packs',
      data: {
        title: 'Pakiet testowy',
        date: '2025-10-20T10:00:00.000Z',
        releases: [a.id, b.id],
        _status: 'published',
      },
      overrideAccess: true,
    })
    const pdf = await call('press-packs', pack.slug as string, 'pdf')
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    const zip = await call('press-packs', pack.id, 'zip')
    expect(zip.status).toBe(200)
    expect(zip.headers.get('content-disposition')).toBe(
      'attachment; filename="pakiet-testowy.pl.zip"',
    )
  })
})
