import type { Page } from 'puppeteer'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'

import { bootPayload, type TestPayload } from './helpers/payload'
import { BrowserPool, closeSharedPool } from '../src/generator/browser'
import { loadForExport, renderLoadedRelease } from '../src/generator/release'
import { UserError } from '../src/lib/errors'
import { packKey, releaseKey, renderRelease } from '../src/render/cachedExport'
import { loadPack } from '../src/generator/pack'
import { singleFlight } from '../src/render/singleFlight'
import { diskStore, sharedStore, type RenderStore } from '../src/render/store'
import { warmRelease, warmupsSettled } from '../src/render/warm'
import { makeRelease, makeQuote, setupOffice } from './helpers/content'
import { pdfPages } from './helpers/pdf'

/** A real pool that counts the documents it is asked to print. */
class CountingPool extends BrowserPool {
  runs = 0
  run<T>(job: (page: Page) => Promise<T>): Promise<T> {
    this.runs++
    return super.run(job)
  }
}

let t: TestPayload
let pool: CountingPool
let store: RenderStore
let storeDir: string

beforeAll(async () => {
  t = await bootPayload('render-cache')
  await setupOffice(t.payload)
  pool = new CountingPool({ size: 4 })
  storeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pressroom-renders-'))
  store = diskStore(storeDir)
})
afterAll(async () => {
  await pool?.close()
  await closeSharedPool()
  fs.rmSync(storeDir, { recursive: true, force: true })
  await t?.destroy()
})

const anonymous = (id: number, locale: 'pl' | 'en' = 'pl') =>
  loadForExport(t.payload, id, { locale, overrideAccess: false })
const asStaff = (id: number, draft = false) =>
  loadForExport(t.payload, id, { locale: 'pl', overrideAccess: true, draft })
const text = (data: Uint8Array | string) =>
  typeof data === 'string' ? data : Buffer.from(data).toString('utf8')
const update = (
  collection: 'quotes' | 'people' | 'boilerplates' | 'press-contacts' | 'media',
  id: number,
  data: object,
) => t.payload.update({ collection, id, data: data as never, locale: 'pl', overrideAccess: true })

describe('the render key', () => {
  it('changes with every input: the release, each thing it cites, the office, the templates, the locale and the format', async () => {
    const quote = await makeQuote(t.payload, {
      text: 'Most będzie gotowy przed zimą.',
      speaker: 'Marta Zielińska',
    })
    const boilerplate = await t.payload.create({
      collection: 'boilerplates',
      data: {
        title: 'O Krakowie',
        text: 'Kraków to drugie co do wielkości miasto w Polsce.',
      } as never,
      locale: 'pl',
      overrideAccess: true,
    })
    const contact = await t.payload.create({
      collection: 'press-contacts',
      data: {
        name: 'Anna Nowak',
        email: 'anna.nowak@krakow.example',
        phone: '+48 12 555 00 01',
      } as never,
      overrideAccess: true,
    })
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#b00' } })
      .png()
      .toBuffer()
    const photo = await t.payload.create({
      collection: 'media',
      data: { alt: 'Most Dębnicki' } as never,
      file: { data: png, mimetype: 'image/png', name: 'most.png', size: png.length },
      overrideAccess: true,
    })
    // Its English alt text too: the release is published in English.
    await t.payload.update({
      collection: 'media',
      id: photo.id,
      locale: 'en',
      data: { alt: 'Dębnicki Bridge' } as never,
      overrideAccess: true,
    })
    const release = await makeRelease(t.payload, {
      headline: 'Remont mostu Dębnickiego',
      quotes: [quote.id],
      boilerplates: [boilerplate.id],
      contacts: [contact.id],
      media: [photo.id],
    })
    await t.payload.update({
      collection: 'press-releases',
      id: release.id,
      locale: 'en',
      data: { headline: 'Dębnicki Bridge works' },
      overrideAccess: true,
    })
    const keyNow = async (format: 'pdf' | 'txt' = 'txt', locale: 'pl' | 'en' = 'pl') =>
      releaseKey(await anonymous(release.id, locale), format)

    const first = await keyNow()
    expect(await keyNow()).toBe(first)
    const seen = new Set([first])
    const expectMiss = async (what: string, key: Promise<string>) => {
      const k = await key
      expect([what, seen.has(k)]).toEqual([what, false])
      seen.add(k)
    }
    await expectMiss('format', keyNow('pdf'))
    await expectMiss('locale', keyNow('txt', 'en'))
    await t.payload.update({
      collection: 'press-releases',
      id: release.id,
      locale: 'pl',
      data: { lead: 'Nowy lead.' },
      overrideAccess: true,
    })
    await expectMiss('release edit', keyNow())
    await update('quotes', quote.id, { text: 'Most będzie gotowy wiosną.' })
    await expectMiss('quote edit (back to pending)', keyNow())
    await update('quotes', quote.id, { status: 'approved' })
    await expectMiss('quote approved', keyNow())
    const speaker = typeof quote.speaker === 'object' ? quote.speaker.id : (quote.speaker as number)
    await update('people', speaker, { role: 'Prezydent Miasta' })
    await expectMiss('speaker edit', keyNow())
    await update('boilerplates', boilerplate.id, { title: 'O mieście Krakowie' })
    await expectMiss('boilerplate edit', keyNow())
    await update('press-contacts', contact.id, { phone: '+48 12 555 00 02' })
    await expectMiss('contact edit', keyNow())
    await update('media', photo.id, { alt: 'Most Dębnicki nocą' })
    await expectMiss('photo edit', keyNow())
    await t.payload.updateGlobal({
      slug: 'press-office',
      locale: 'pl',
      data: { officeName: 'Biuro Prasowe Miasta Krakowa' },
      overrideAccess: true,
    })
    await expectMiss('office edit', keyNow())

    const templates = fs.mkdtempSync(path.join(os.tmpdir(), 'pressroom-templates-'))
    fs.cpSync('templates', templates, { recursive: true })
    process.env.PRESSROOM_TEMPLATES_DIR = templates
    try {
      await expectMiss('templates moved', keyNow())
      const same = await keyNow()
      expect(await keyNow()).toBe(same)
      const labels = path.join(templates, 'labels.json')
      fs.writeFileSync(
        labels,
        fs.readFileSync(labels, 'utf8').replace('INFORMACJA PRASOWA', 'KOMUNIKAT PRASOWY'),
      )
      await expectMiss('template edit', keyNow())
    } finally {
      delete process.env.PRESSROOM_TEMPLATES_DIR
      fs.rmSync(templates, { recursive: true, force: true })
    }
  })

  it('never serves a stale document: a quote edit is rendered afresh, then served from the store', async () => {
    const quote = await makeQuote(t.payload, {
      text: 'Pierwsze słowa prezydent.',
      speaker: 'Marta Zielińska',
    })
    const release = await makeRelease(t.payload, {
      headline: 'Nowe nasadzenia drzew',
      quotes: [quote.id],
    })
    const before = await renderRelease(await anonymous(release.id), 'txt', { pool, store })
    expect([before.fromStore, text(before.data)]).toEqual([
      false,
      expect.stringContaining('Pierwsze słowa prezydent.'),
    ])
    expect(
      (await renderRelease(await anonymous(release.id), 'txt', { pool, store })).fromStore,
    ).toBe(true)

    // New words send the quote back for approval; the approver approves them again.
    await update('quotes', quote.id, { text: 'Drugie, poprawione słowa prezydent.' })
    await update('quotes', quote.id, { status: 'approved' })
    const after = await renderRelease(await anonymous(release.id), 'txt', { pool, store })
    expect(after.fromStore).toBe(false)
    expect(text(after.data)).toContain('Drugie, poprawione słowa prezydent.')
    expect(text(after.data)).not.toContain('Pierwsze słowa')
    const again = await renderRelease(await anonymous(release.id), 'txt', { pool, store })
    expect([again.fromStore, again.key, text(again.data)]).toEqual([
      true,
      after.key,
      text(after.data),
    ])
  })

  it('renders drafts every time and never stores them', async () => {
    const release = await makeRelease(t.payload, {
      headline: 'Projekt: nowe ścieżki rowerowe',
      _status: 'draft',
    })
    const first = await renderRelease(await asStaff(release.id, true), 'txt', { pool, store })
    const second = await renderRelease(await asStaff(release.id, true), 'txt', { pool, store })
    expect([first.fromStore, second.fromStore]).toEqual([false, false])
    expect(text(second.data)).toContain('PROJEKT')
    expect(await store.get(first.key)).toBeNull()
  })
})

describe('the pack key', () => {
  it('changes when the pack or any release in it changes, and only then', async () => {
    const a = await makeRelease(t.payload, { headline: 'Pakiet: pierwszy' })
    const b = await makeRelease(t.payload, { headline: 'Pakiet: drugi' })
    const pack = await t.payload.create({
      collection: 'press-packs',
      data: {
        title: 'Pakiet prasowy',
        date: '2025-10-20T10:00:00.000Z',
        releases: [a.id, b.id],
        _status: 'published',
      },
      overrideAccess: true,
    })
    const keyNow = async () =>
      packKey(await loadPack(t.payload, pack.id, { locale: 'pl', overrideAccess: false }), 'pdf')
    const first = await keyNow()
    expect(await keyNow()).toBe(first)
    await t.payload.update({
      collection: 'press-releases',
      id: b.id,
      locale: 'pl',
      data: { lead: 'Nowy lead drugiego.' },
      overrideAccess: true,
    })
    const second = await keyNow()
    expect(second).not.toBe(first)
    await t.payload.update({
      collection: 'press-packs',
      id: pack.id,
      locale: 'pl',
      data: { intro: 'Nowy wstęp.' },
      overrideAccess: true,
    })
    const third = await keyNow()
    expect([third === first, third === second]).toEqual([false, false])
    await t.payload.update({
      collection: 'press-packs',
      id: pack.id,
      data: { releases: [b.id, a.id] },
      overrideAccess: true,
    })
    expect(await keyNow()).not.toBe(third)
  })
})

describe('single flight', () => {
  it('gives 20 concurrent requests for one missing PDF a single rendering', async () => {
    const release = await makeRelease(t.payload, { headline: 'Tłum dziennikarzy o dziesiątej' })
    // The "– więcej –" overlay is printed once per pool and locale: print it beforehand.
    await renderLoadedRelease(await anonymous(release.id), 'pdf', pool)
    pool.runs = 0
    const loaded = await Promise.all(Array.from({ length: 20 }, () => anonymous(release.id)))
    const files = await Promise.all(loaded.map((l) => renderRelease(l, 'pdf', { pool, store })))
    expect(pool.runs).toBe(1)
    expect(new Set(files.map((f) => Buffer.from(f.data).toString('base64'))).size).toBe(1)
    expect((await pdfPages(files[0].data as Uint8Array)).join('\n')).toContain(
      'Tłum dziennikarzy o dziesiątej',
    )
    expect(await store.get(files[0].key)).not.toBeNull()
  })

  it('starts the work again once a failed run has ended', async () => {
    const flight = singleFlight<string>()
    let calls = 0
    const failing = () => {
      calls++
      return Promise.reject(new Error('Chromium crashed'))
    }
    const both = [flight('k', failing), flight('k', failing)]
    await expect(both[0]).rejects.toThrow('Chromium crashed')
    await expect(both[1]).rejects.toThrow('Chromium crashed')
    expect(calls).toBe(1)
    expect(await flight('k', async () => `run ${++calls}`)).toBe('run 2')
  })
})

describe('the embargo and the store', () => {
  it('renders an embargoed release ahead, yet gives anonymous readers 404 until the lift', async () => {
    const release = await makeRelease(t.payload, {
      headline: 'Nowa linia tramwajowa do Mistrzejowic',
      releaseType: 'embargoed',
      embargoUntil: new Date(Date.now() + 3_600_000).toISOString(),
    })
    const keys = await warmRelease(t.payload, release.id, { pool, store })
    expect(keys).toHaveLength(3)
    for (const key of keys) expect(await store.get(key)).not.toBeNull()
    await expect(anonymous(release.id)).rejects.toThrow(UserError)
    await expect(anonymous(release.id)).rejects.toThrow(/No press release/)
  })

  it('serves the documents rendered before the lift to the first anonymous readers after it', async () => {
    const release = await makeRelease(t.payload, {
      headline: 'Embargo minęło o dziewiątej',
      releaseType: 'embargoed',
      embargoUntil: new Date(Date.now() - 60_000).toISOString(),
    })
    const keys = await warmRelease(t.payload, release.id, { pool, store })
    const served = await renderRelease(await anonymous(release.id), 'pdf', { pool, store })
    expect(keys).toContain(served.key)
    expect(served.fromStore).toBe(true)
    expect((await pdfPages(served.data as Uint8Array)).join('\n')).toContain(
      'Embargo minęło o dziewiątej',
    )
  })
})

describe('rendering on publication', () => {
  it('renders a release in the background when it is published, so the first reader gets it from the store', async () => {
    process.env.PRESSROOM_PRERENDER = 'on'
    try {
      const release = await makeRelease(t.payload, {
        headline: 'Szkic, potem publikacja',
        _status: 'draft',
      })
      await t.payload.update({
        collection: 'press-releases',
        id: release.id,
        data: { _status: 'published' },
        overrideAccess: true,
      })
      await warmupsSettled()
    } finally {
      process.env.PRESSROOM_PRERENDER = 'off'
    }
    const { docs } = await t.payload.find({
      collection: 'press-releases',
      where: { headline: { equals: 'Szkic, potem publikacja' } },
      overrideAccess: true,
    })
    const served = await renderRelease(await anonymous(docs[0].id), 'html', {
      pool,
      store: sharedStore(),
    })
    expect(served.fromStore).toBe(true)
    expect(text(served.data)).toContain('Szkic, potem publikacja')
  })
})
