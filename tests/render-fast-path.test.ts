import type { Payload } from 'payload'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'

import { bootPayload, type TestPayload } from './helpers/payload'
import { closeSharedPool } from '../src/generator/browser'
import { UserError } from '../src/lib/errors'
import {
  exportForAnonymous,
  exportPackForAnonymous,
  storedForAnonymous,
} from '../src/collections/shared/anonymousExport'
import { currentGeneration } from '../src/render/generation'
import { mayBeRecent } from '../src/render/recent'
import { makeQuote, makeRelease, setupOffice } from './helpers/content'
import { pdfPages } from './helpers/pdf'

/**
 * The anonymous fast path: a document whose key is remembered is served with no Payload work but
 * one read of the shared content generation. Two Payload instances on one database stand for two
 * servers: a save through one must send the other the full way.
 */
let t: TestPayload
let other: Payload

beforeAll(async () => {
  t = await bootPayload('render-fast-path')
  await setupOffice(t.payload)
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  other = await getPayload({ config, key: 'render-fast-path-instance-b', cron: false })
})
afterAll(async () => {
  await closeSharedPool()
  await other?.destroy()
  ;(other?.db as unknown as { client?: { close: () => void } })?.client?.close()
  await t?.destroy()
})

const request = (headers: Record<string, string> = {}) => ({ headers: new Headers(headers) })
const served = async (response: Response | null) =>
  response && {
    status: response.status,
    etag: response.headers.get('etag'),
    text: await response.text(),
  }

describe('the anonymous fast path and the embargo (injected clock)', () => {
  it('serves a remembered document from the lift on, and not a second before it', async () => {
    const lift = new Date(Date.now() - 60_000)
    const release = await makeRelease(t.payload, {
      headline: 'Embargo minęło minutę temu',
      embargoUntil: lift.toISOString(),
    })
    const ref = String(release.id)
    const first = await served(await exportForAnonymous(t.payload, request(), ref, 'pl', 'txt'))
    expect(first).toMatchObject({
      status: 200,
      text: expect.stringContaining('Embargo minęło minutę temu'),
    })

    expect(
      await storedForAnonymous(
        t.payload,
        request(),
        'release',
        ref,
        'pl',
        'txt',
        new Date(lift.getTime() - 1000),
      ),
    ).toBeNull()
    const atLift = await served(
      await storedForAnonymous(t.payload, request(), 'release', ref, 'pl', 'txt', lift),
    )
    expect(atLift).toEqual(first)
    const revalidated = await storedForAnonymous(
      t.payload,
      request({ 'If-None-Match': first!.etag! }),
      'release',
      ref,
      'pl',
      'txt',
      lift,
    )
    expect(revalidated?.status).toBe(304)
  })

  it('remembers nothing for a release under embargo, and forgets a release put back under one', async () => {
    const embargoed = await makeRelease(t.payload, {
      headline: 'Jeszcze pod embargiem',
      embargoUntil: new Date(Date.now() + 3_600_000).toISOString(),
    })
    await expect(
      exportForAnonymous(t.payload, request(), String(embargoed.id), 'pl', 'pdf'),
    ).rejects.toThrow(UserError)
    expect(mayBeRecent('release', String(embargoed.id), 'pl', 'pdf')).toBe(false)

    const open = await makeRelease(t.payload, { headline: 'Najpierw jawny, potem pod embargiem' })
    const ref = String(open.id)
    expect((await exportForAnonymous(t.payload, request(), ref, 'pl', 'html')).status).toBe(200)
    expect(
      await storedForAnonymous(t.payload, request(), 'release', ref, 'pl', 'html'),
    ).not.toBeNull()
    await t.payload.update({
      collection: 'press-releases',
      id: open.id,
      data: {
        releaseType: 'embargoed',
        embargoUntil: new Date(Date.now() + 3_600_000).toISOString(),
      },
      overrideAccess: true,
    })
    expect(await storedForAnonymous(t.payload, request(), 'release', ref, 'pl', 'html')).toBeNull()
    await expect(exportForAnonymous(t.payload, request(), ref, 'pl', 'html')).rejects.toThrow(
      /No press release/,
    )
  })
})

describe('packs on the fast path', () => {
  it('serves a public pack from the store from the moment its last release is public, and goes the full way after a release in it changes', async () => {
    const lift = new Date(Date.now() - 60_000)
    const open = await makeRelease(t.payload, { headline: 'Pakiet: jawny od rana' })
    const lifted = await makeRelease(t.payload, {
      headline: 'Pakiet: embargo minęło',
      embargoUntil: lift.toISOString(),
    })
    const pack = await t.payload.create({
      collection: 'press-packs',
      data: {
        title: 'Pakiet na konferencję',
        date: '2025-10-20T10:00:00.000Z',
        releases: [open.id, lifted.id],
        _status: 'published',
      },
      overrideAccess: true,
    })
    const ref = String(pack.id)
    // Public when the last of its releases is: the one whose embargo lifted (the other has none).
    const publicFrom = lift
    const first = await exportPackForAnonymous(t.payload, request(), ref, 'pl', 'pdf')
    const etag = first.headers.get('etag')
    const bytes = Buffer.from(await first.arrayBuffer())
    expect([first.status, (await pdfPages(bytes)).join(' ')]).toEqual([
      200,
      expect.stringContaining('Pakiet: embargo minęło'),
    ])

    expect(
      await storedForAnonymous(
        t.payload,
        request(),
        'pack',
        ref,
        'pl',
        'pdf',
        new Date(publicFrom.getTime() - 1000),
      ),
    ).toBeNull()
    const atLift = await storedForAnonymous(
      t.payload,
      request(),
      'pack',
      ref,
      'pl',
      'pdf',
      publicFrom,
    )
    expect(atLift?.headers.get('etag')).toBe(etag)
    expect(Buffer.from(await atLift!.arrayBuffer()).equals(bytes)).toBe(true)

    await t.payload.update({
      collection: 'press-releases',
      id: open.id,
      locale: 'pl',
      data: { lead: 'Nowy lead w pakiecie.' },
      overrideAccess: true,
    })
    expect(await storedForAnonymous(t.payload, request(), 'pack', ref, 'pl', 'pdf')).toBeNull()
    const after = await exportPackForAnonymous(t.payload, request(), ref, 'pl', 'pdf')
    expect(after.headers.get('etag')).not.toBe(etag)
  })

  it('gives anonymous readers nothing of a pack while one of its releases is under embargo', async () => {
    const open = await makeRelease(t.payload, { headline: 'Pakiet: jawny' })
    const hidden = await makeRelease(t.payload, {
      headline: 'Pakiet: pod embargiem',
      embargoUntil: new Date(Date.now() + 3_600_000).toISOString(),
    })
    const pack = await t.payload.create({
      collection: 'press-packs',
      data: {
        title: 'Pakiet z embargiem',
        date: '2025-10-20T10:00:00.000Z',
        releases: [open.id, hidden.id],
        _status: 'published',
      },
      overrideAccess: true,
    })
    await expect(
      exportPackForAnonymous(t.payload, request(), String(pack.id), 'pl', 'pdf'),
    ).rejects.toThrow(UserError)
    expect(mayBeRecent('pack', String(pack.id), 'pl', 'pdf')).toBe(false)
  })
})

describe('the shared content generation', () => {
  it('is one number for every Payload instance on the database, moved by a save through either', async () => {
    const before = await currentGeneration(other)
    expect(await currentGeneration(t.payload)).toBe(before)
    await makeQuote(t.payload, { text: 'Zapisane przez pierwszą instancję.' })
    const after = await currentGeneration(other)
    expect(after).toBeGreaterThan(before)
    await other.updateGlobal({
      slug: 'press-office',
      data: { city: 'Kraków' },
      overrideAccess: true,
    })
    expect(await currentGeneration(t.payload)).toBeGreaterThan(after)
  })

  it('sends the other instance the full way after any save of what a document shows', async () => {
    const quote = await makeQuote(t.payload, {
      text: 'Pierwsze słowa na dwóch serwerach.',
      speaker: 'Marta Zielińska',
    })
    const speaker = typeof quote.speaker === 'object' ? quote.speaker.id : (quote.speaker as number)
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
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#0a0' } })
      .png()
      .toBuffer()
    const photo = await t.payload.create({
      collection: 'media',
      data: { alt: 'Plac Wszystkich Świętych' } as never,
      file: { data: png, mimetype: 'image/png', name: 'plac.png', size: png.length },
      overrideAccess: true,
    })
    const release = await makeRelease(t.payload, {
      headline: 'Dwa serwery, jedna baza',
      quotes: [quote.id],
      boilerplates: [boilerplate.id],
      contacts: [contact.id],
      media: [photo.id],
    })
    const ref = String(release.id)
    const onB = () => storedForAnonymous(other, request(), 'release', ref, 'pl', 'txt')
    const warmB = async () => {
      expect((await exportForAnonymous(other, request(), ref, 'pl', 'txt')).status).toBe(200)
      expect(await onB()).not.toBeNull()
    }
    const saves: [string, () => Promise<unknown>][] = [
      [
        'release',
        () =>
          t.payload.update({
            collection: 'press-releases',
            id: release.id,
            locale: 'pl',
            data: { lead: 'Nowy lead.' },
            overrideAccess: true,
          }),
      ],
      [
        'quote',
        () =>
          t.payload.update({
            collection: 'quotes',
            id: quote.id,
            data: { context: 'Sesja rady miasta' } as never,
            overrideAccess: true,
          }),
      ],
      [
        'person',
        () =>
          t.payload.update({
            collection: 'people',
            id: speaker,
            locale: 'pl',
            data: { role: 'Prezydent Miasta' },
            overrideAccess: true,
          }),
      ],
      [
        'media',
        () =>
          t.payload.update({
            collection: 'media',
            id: photo.id,
            data: { alt: 'Plac nocą' } as never,
            overrideAccess: true,
          }),
      ],
      [
        'boilerplate',
        () =>
          t.payload.update({
            collection: 'boilerplates',
            id: boilerplate.id,
            locale: 'pl',
            data: { title: 'O mieście' } as never,
            overrideAccess: true,
          }),
      ],
      [
        'contact',
        () =>
          t.payload.update({
            collection: 'press-contacts',
            id: contact.id,
            data: { phone: '+48 12 555 00 02' } as never,
            overrideAccess: true,
          }),
      ],
      [
        'office',
        () =>
          t.payload.updateGlobal({
            slug: 'press-office',
            locale: 'pl',
            data: { officeName: 'Biuro Prasowe Miasta Krakowa' },
            overrideAccess: true,
          }),
      ],
    ]
    for (const [what, save] of saves) {
      await warmB()
      await save()
      expect([what, await onB()]).toEqual([what, null])
    }

    await warmB()
    const templates = fs.mkdtempSync(path.join(os.tmpdir(), 'pressroom-templates-'))
    fs.cpSync('templates', templates, { recursive: true })
    process.env.PRESSROOM_TEMPLATES_DIR = templates
    try {
      expect(['templates', await onB()]).toEqual(['templates', null])
      await warmB()
      const labels = path.join(templates, 'labels.json')
      fs.writeFileSync(
        labels,
        fs.readFileSync(labels, 'utf8').replace('INFORMACJA PRASOWA', 'KOMUNIKAT PRASOWY'),
      )
      expect(['template edit', await onB()]).toEqual(['template edit', null])
    } finally {
      delete process.env.PRESSROOM_TEMPLATES_DIR
      fs.rmSync(templates, { recursive: true, force: true })
    }
  })

  it('gives the other instance the new words right after a quote is changed through the first', async () => {
    const quote = await makeQuote(t.payload, {
      text: 'Stare słowa prezydent.',
      speaker: 'Marta Zielińska',
    })
    const release = await makeRelease(t.payload, {
      headline: 'Nowe słowa na drugim serwerze',
      quotes: [quote.id],
    })
    const ref = String(release.id)
    const before = await served(await exportForAnonymous(other, request(), ref, 'pl', 'txt'))
    expect(before?.text).toContain('Stare słowa prezydent.')
    await t.payload.update({
      collection: 'quotes',
      id: quote.id,
      data: { text: 'Nowe słowa prezydent.' } as never,
      overrideAccess: true,
    })
    await t.payload.update({
      collection: 'quotes',
      id: quote.id,
      data: { status: 'approved' } as never,
      overrideAccess: true,
    })
    const after = await served(await exportForAnonymous(other, request(), ref, 'pl', 'txt'))
    expect(after?.text).toContain('Nowe słowa prezydent.')
    expect(after?.text).not.toContain('Stare słowa')
    expect(after?.etag).not.toBe(before?.etag)
  })
})
