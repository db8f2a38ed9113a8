import type { Payload } from 'payload'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import nodemailer from 'nodemailer'

import {
  hoursFromNow,
  makeJournalist,
  makeMailingList,
  makeRelease,
  makeUser,
  setupOffice,
} from './helpers/content'
import { pdfPages } from './helpers/pdf'
import { localPayloadOf, login, startServer, type TestServer } from './helpers/server'
import { startSmtp, type TestSmtp } from './helpers/smtp'

/**
 * Personal links (/r/{token}) over real HTTP against the built app, with the mail delivered by
 * its own job runner to a real SMTP server: the token opens the journalist's stamped copy before
 * the embargo lifts, and nothing else does.
 */
let server: TestServer
let smtp: TestSmtp
let local: Payload
type Role = 'anonymous' | 'author' | 'editor'
const auth: Record<Role, Record<string, string>> = { anonymous: {}, author: {}, editor: {} }
const PUBLIC = 'https://prasa.krakow.test'

const api = (url: string, role: Role, init: RequestInit = {}) =>
  fetch(`${server.url}${url}`, {
    redirect: 'manual',
    ...init,
    headers: { ...auth[role], ...(init.headers ?? {}) },
  })
const post = (url: string, body: unknown, role: Role) =>
  api(url, role, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
const bytes = async (res: Response) => new Uint8Array(await res.arrayBuffer())

type Release = { id: number; slug?: string | null }
let list: { id: number }
const headline = 'Budżet obywatelski 2027: wyniki głosowania'
const trusted = ['jan.kowalski@gazeta.test', 'anna.smith@krakowpost.test', 'ewa.nowak@radio.test']

/**
 * A release of each test's own, so that none depends on what another sent, revoked or lifted:
 * under embargo for two hours, in Polish and English, its headline numbered.
 */
let made = 0
const embargoedRelease = async (): Promise<Release> => {
  made++
  const release = await makeRelease(local, {
    headline: `${headline} (${made})`,
    lead: 'Mieszkańcy wybrali 84 projekty za 42 mln zł.',
    embargoUntil: hoursFromNow(2),
  })
  await local.update({
    collection: 'press-releases',
    id: release.id,
    locale: 'en',
    data: {
      headline: `Citizens' budget 2027: the results (${made})`,
      lead: 'Residents chose 84 projects.',
    },
    overrideAccess: true,
  })
  return release
}

/**
 * A release of its own sent ahead of its embargo, with each trusted journalist's personal link read
 * from the mail they received for it.
 */
const sentRelease = async () => {
  const release = await embargoedRelease()
  const before = smtp.received.length
  const res = await post(
    `/api/press-releases/${release.id}/distribute`,
    { lists: [list.id], mode: 'pre-delivery' },
    'editor',
  )
  const body = await res.json()
  await smtp.waitFor(before + trusted.length)
  const mails = smtp.received.slice(before)
  const links: Record<string, string> = {}
  for (const address of trusted) {
    const mail = mails.find((m) => m.envelopeTo.includes(address))
    links[address] = /https:\/\/prasa\.krakow\.test(\/r\/[\w-]+\.[\w-]+)/.exec(
      mail!.mail.text ?? '',
    )![1]
  }
  return { release, links, status: res.status, body }
}

const deliveriesOf = async (release: Release) =>
  (await (await api(`/api/press-releases/${release.id}/deliveries`, 'editor')).json()) as {
    counts: Record<string, number>
    deliveries: {
      id: number
      journalist: { name: string }
      status: string
      revokedAt: string | null
      linkUses: { at: string; format: string }[]
    }[]
  }
const deliveryOf = async (release: Release, name: string) =>
  (await deliveriesOf(release)).deliveries.find((d) => d.journalist.name === name)!

beforeAll(async () => {
  smtp = await startSmtp()
  server = await startServer('personal-links', {
    SMTP_URL: smtp.url,
    PRESSROOM_MAIL_RATE: '0',
    PRESSROOM_PUBLIC_URL: PUBLIC,
  })
  local = await localPayloadOf(server)
  await setupOffice(local)
  for (const role of ['editor', 'author'] as const) {
    const user = await makeUser(local, role)
    auth[role] = {
      Authorization: await login(server.url, user.email, 'correct horse battery staple'),
    }
  }
  const members = [
    await makeJournalist(local, {
      name: 'Jan Kowalski',
      email: 'jan.kowalski@gazeta.test',
      outlet: 'Gazeta Krakowska',
      embargoTrusted: true,
    }),
    await makeJournalist(local, {
      name: 'Anna Smith',
      email: 'anna.smith@krakowpost.test',
      outlet: 'Kraków Post',
      languages: ['en', 'pl'],
      embargoTrusted: true,
    }),
    await makeJournalist(local, {
      name: 'Ewa Nowak',
      email: 'ewa.nowak@radio.test',
      outlet: 'Radio Kraków',
      embargoTrusted: true,
    }),
    await makeJournalist(local, {
      name: 'Piotr Zieliński',
      email: 'piotr@portal.test',
      outlet: 'Portal Miejski',
    }),
    await makeJournalist(local, {
      name: 'Olga Wiśniewska',
      email: 'olga@tygodnik.test',
      consent: 'pending',
      embargoTrusted: true,
    }),
  ]
  list = await makeMailingList(local, 'Dziennikarze miejscy', members)
}, 300_000) // includes `next build` when the sources changed

afterAll(async () => {
  await local?.destroy()
  await server?.stop()
  await smtp?.stop()
})

it('shows staff, before sending, who would get the release ahead of the embargo and who not', async () => {
  const release = await embargoedRelease()
  const res = await api(
    `/api/press-releases/${release.id}/distribution-preview?lists=${list.id}&mode=pre-delivery`,
    'author',
  )
  expect(res.status).toBe(200)
  expect(await res.json()).toEqual({
    mode: 'pre-delivery',
    recipients: 3,
    skipped: [
      {
        reasonCode: 'not-embargo-trusted',
        reasonDetail: null,
        reason: 'Not trusted with embargoed material: gets the release at publication only.',
        count: 1,
      },
    ],
    alreadyDelivered: 0,
    notConfirmed: { pending: 1, unsubscribed: 0 },
    preDeliveryRefusal: null,
  })
  expect(
    (await api(`/api/press-releases/${release.id}/distribution-preview`, 'anonymous')).status,
  ).toBe(401)
})

it('mails each trusted journalist a personal link ahead of the embargo', async () => {
  const { status, body, links } = await sentRelease()
  expect(status).toBe(202)
  expect(body).toMatchObject({ recipients: 3, skipped: 1 })
  expect(new Set(Object.values(links)).size).toBe(3)
}, 60_000)

it("opens the journalist's own copy before the lift, stamped with their name, in every format", async () => {
  const { links } = await sentRelease()
  const stamp = 'Przygotowano dla: Jan Kowalski (Gazeta Krakowska)'
  const link = links['jan.kowalski@gazeta.test']

  const page = await api(link, 'anonymous')
  expect(page.status).toBe(200)
  expect(page.headers.get('cache-control')).toContain('no-store')
  const html = await page.text()
  expect(html).toContain(headline)
  expect(html).toContain(stamp)
  expect(html).toContain('<meta name="robots" content="noindex, nofollow"')
  expect(html).toContain('<meta name="referrer" content="no-referrer"')

  const pdf = await api(`${link}/pdf`, 'anonymous')
  expect(pdf.status).toBe(200)
  expect(pdf.headers.get('content-type')).toBe('application/pdf')
  expect(pdf.headers.get('cache-control')).toBe('private, no-store')
  const pages = await pdfPages(await bytes(pdf))
  expect(pages.join('\n')).toContain(headline)
  // The footer of every page names the reader.
  for (const text of pages) expect(text).toContain(stamp)

  const txt = await api(`${link}/txt`, 'anonymous')
  expect(await txt.text()).toContain(`*** ${stamp} ***`)
  const exported = await api(`${link}/html`, 'anonymous')
  expect(exported.headers.get('content-security-policy')).toContain("default-src 'none'")
  expect(await exported.text()).toContain(stamp)
}, 60_000)

it("stamps the copy in the journalist's language", async () => {
  const { links } = await sentRelease()
  const pdf = await api(`${links['anna.smith@krakowpost.test']}/pdf`, 'anonymous')
  const text = (await pdfPages(await bytes(pdf))).join('\n')
  expect(text).toContain('Prepared for: Anna Smith (Kraków Post)')
  expect(text).toContain('budget 2027')
}, 60_000)

it('keeps the release hidden from anonymous readers until the embargo, as before', async () => {
  const { release } = await sentRelease()
  for (const url of [
    `/api/press-releases/${release.id}/pdf?locale=pl`,
    `/api/press-releases/${release.id}`,
    `/pl/${release.slug}`,
  ]) {
    expect([url, (await api(url, 'anonymous')).status]).toEqual([url, 404])
  }
})

it('answers a flipped character, an expired token, an unknown delivery and a revoked link with the same 404', async () => {
  const { release, links } = await sentRelease()
  const { signToken, verifyToken } = await import('../src/distribution/token')
  const link = links['jan.kowalski@gazeta.test']
  const key = verifyToken('link', link.slice('/r/'.length))!.key!
  const last = link.at(-1) === 'A' ? 'B' : 'A'
  const jan = await deliveryOf(release, 'Jan Kowalski')
  const ewa = await deliveryOf(release, 'Ewa Nowak')
  const expired = signToken('link', {
    subject: jan.id,
    expires: new Date(Date.now() - 60_000),
    key,
  })
  const unknown = signToken('link', {
    subject: 999_999,
    expires: new Date(Date.now() + 3_600_000),
    key,
  })

  expect((await post(`/api/deliveries/${ewa.id}/revoke`, {}, 'author')).status).toBe(403)
  expect((await post(`/api/deliveries/${ewa.id}/revoke`, {}, 'anonymous')).status).toBe(401)
  expect((await api(links['ewa.nowak@radio.test'], 'anonymous')).status).toBe(200)
  const revoked = await post(`/api/deliveries/${ewa.id}/revoke`, {}, 'editor')
  expect(revoked.status).toBe(200)
  expect((await revoked.json()).doc.revokedAt).toEqual(expect.any(String))

  const dead = [
    `${link.slice(0, -1)}${last}`,
    `/r/${expired}`,
    `/r/${unknown}`,
    links['ewa.nowak@radio.test'],
    '/r/nonsense',
  ]
  const pages = await Promise.all(dead.map((url) => api(url, 'anonymous')))
  expect(pages.map((r) => r.status)).toEqual(dead.map(() => 404))
  const bodies = await Promise.all(pages.map((r) => r.text()))
  for (const body of bodies) {
    expect(body).not.toContain(headline)
    expect(body).not.toContain('Kowalski')
  }
  // The same page: what differs is only Next's router data in <script> elements (the address
  // asked for, and the order its stream arrived in), from which the browser draws "Nie znaleziono".
  const shown = bodies.map((body) => body.replace(/<script\b[\s\S]*?<\/script>/g, ''))
  expect(new Set(shown).size).toBe(1)

  const files = await Promise.all(dead.map((url) => api(`${url}/pdf`, 'anonymous')))
  expect(files.map((r) => r.status)).toEqual(dead.map(() => 404))
  expect(new Set(await Promise.all(files.map((r) => r.text()))).size).toBe(1)
}, 60_000)

it('logs every use of a link, when and which format, and counts the delivery as opened', async () => {
  const { release, links } = await sentRelease()
  const link = links['jan.kowalski@gazeta.test']
  const before = (await deliveryOf(release, 'Jan Kowalski')).linkUses.length
  for (const suffix of ['', '/pdf', '/txt', '/html']) {
    expect((await api(`${link}${suffix}`, 'anonymous')).status).toBe(200)
  }
  const jan = await deliveryOf(release, 'Jan Kowalski')
  expect(jan.linkUses.slice(before).map((u) => u.format)).toEqual(['page', 'pdf', 'txt', 'html'])
  for (const use of jan.linkUses) expect(Date.parse(use.at)).not.toBeNaN()
  // A refused use (the link revoked) is not logged.
  const ewa = await deliveryOf(release, 'Ewa Nowak')
  expect((await post(`/api/deliveries/${ewa.id}/revoke`, {}, 'editor')).status).toBe(200)
  expect((await api(links['ewa.nowak@radio.test'], 'anonymous')).status).toBe(404)
  const revoked = await deliveryOf(release, 'Ewa Nowak')
  expect(revoked.linkUses).toEqual(ewa.linkUses)
  expect(revoked.revokedAt).toEqual(expect.any(String))
  const { counts } = await deliveriesOf(release)
  expect(counts).toMatchObject({ sent: 3, skipped: 1 })
  expect(counts.opened).toBeGreaterThanOrEqual(1)
}, 60_000)

it('keeps every use when one link is opened many times at once', async () => {
  const { release, links } = await sentRelease()
  const link = links['anna.smith@krakowpost.test']
  const before = (await deliveryOf(release, 'Anna Smith')).linkUses.length
  // Twelve requests at once: each use is an insert of its own, none can overwrite another.
  const formats = Array.from({ length: 12 }, (_, i) => (i % 2 ? '/txt' : ''))
  const responses = await Promise.all(formats.map((f) => api(`${link}${f}`, 'anonymous')))
  expect(responses.map((r) => r.status)).toEqual(formats.map(() => 200))
  const anna = await deliveryOf(release, 'Anna Smith')
  expect(anna.linkUses).toHaveLength(before + 12)
  expect(anna.linkUses.slice(before).filter((u) => u.format === 'txt')).toHaveLength(6)
  // Opened counts journalists, not uses.
  const { counts, deliveries } = await deliveriesOf(release)
  expect(counts.opened).toBe(deliveries.filter((d) => d.linkUses.length > 0).length)
}, 60_000)

it('leads to the public page once the embargo lifts (injected clock), and the public PDF names nobody', async () => {
  const { release, links } = await sentRelease()
  const { openPersonalLink } = await import('../src/distribution/personalLinks')
  const token = links['jan.kowalski@gazeta.test'].slice('/r/'.length)
  const embargo = new Date(
    (await local.findByID({ collection: 'press-releases', id: release.id })).embargoUntil!,
  )
  const justBefore = await openPersonalLink(local, token, 'pdf', new Date(embargo.getTime() - 1000))
  expect(justBefore?.kind).toBe('copy')
  const atTheLift = await openPersonalLink(local, token, 'pdf', embargo)
  expect(atTheLift).toEqual({
    kind: 'public',
    location: `${PUBLIC}/api/press-releases/${release.slug}/pdf?locale=pl`,
  })

  // The lift on the server: the embargo moved to a minute ago.
  await local.update({
    collection: 'press-releases',
    id: release.id,
    data: { embargoUntil: new Date(Date.now() - 60_000).toISOString() },
    overrideAccess: true,
  })
  const page = await api(links['jan.kowalski@gazeta.test'], 'anonymous')
  expect(page.status).toBe(307)
  expect(page.headers.get('location')).toBe(`${PUBLIC}/pl/${release.slug}`)
  const english = await api(`${links['anna.smith@krakowpost.test']}/pdf`, 'anonymous')
  expect(english.status).toBe(302)
  expect(english.headers.get('location')).toBe(
    `${PUBLIC}/api/press-releases/${release.slug}/pdf?locale=en`,
  )

  const shared = await api(`/api/press-releases/${release.id}/pdf?locale=pl`, 'anonymous')
  expect(shared.status).toBe(200)
  const text = (await pdfPages(await bytes(shared))).join('\n')
  expect(text).toContain(headline)
  expect(text).not.toContain('Przygotowano dla')
  expect(text).not.toContain('Kowalski')
}, 60_000)

it('revokes every link of a release at once (editors), after which they open nothing', async () => {
  const { release, links } = await sentRelease()
  const { hasOpenLink } = await import('../src/access/openLink')
  // The panel's rule and the server's: a skipped delivery (Piotr's) never had a link to revoke.
  const piotr = await deliveryOf(release, 'Piotr Zieliński')
  expect(hasOpenLink(piotr as Parameters<typeof hasOpenLink>[0])).toBe(false)
  expect((await post(`/api/deliveries/${piotr.id}/revoke`, {}, 'editor')).status).toBe(200)
  expect((await deliveryOf(release, 'Piotr Zieliński')).revokedAt).toBeNull()
  const open = (await deliveriesOf(release)).deliveries.filter((d) =>
    hasOpenLink(d as Parameters<typeof hasOpenLink>[0]),
  )
  expect((await post(`/api/press-releases/${release.id}/revoke-links`, {}, 'author')).status).toBe(
    403,
  )
  expect(
    (await post(`/api/press-releases/${release.id}/revoke-links`, {}, 'anonymous')).status,
  ).toBe(401)
  const res = await post(`/api/press-releases/${release.id}/revoke-links`, {}, 'editor')
  expect(res.status).toBe(200)
  // Every link still open: not one revoked before, nor Piotr's skipped delivery.
  expect(await res.json()).toEqual({ revoked: open.length })
  expect(open.length).toBeGreaterThan(0)
  expect((await api(links['jan.kowalski@gazeta.test'], 'anonymous')).status).toBe(404)
  expect((await api(`${links['anna.smith@krakowpost.test']}/pdf`, 'anonymous')).status).toBe(404)
})

it('lists the outbox messages of a release, newest first, with their words decoded', async () => {
  const release = await embargoedRelease()
  expect(await (await api(`/api/press-releases/${release.id}/outbox`, 'author')).json()).toEqual({
    outbox: null,
  })
  const { listOutbox } = await import('../src/distribution/outbox')
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'links-outbox-'))
  const before = process.env.PRESSROOM_DATA_DIR
  process.env.PRESSROOM_DATA_DIR = dataDir
  try {
    fs.mkdirSync(path.join(dataDir, 'outbox'))
    const transport = nodemailer.createTransport({ streamTransport: true, buffer: true })
    const write = async (name: string, release: number, subject: string, date: string) => {
      const info = await transport.sendMail({
        from: 'prasa@krakow.test',
        to: { name: 'Jan Kowalski', address: 'jan.kowalski@gazeta.test' },
        subject,
        text: 'Treść',
        date: new Date(date),
        messageId: `<delivery-${name}.release-${release}@prasa.krakow.test>`,
      })
      fs.writeFileSync(
        path.join(dataDir, 'outbox', `${date.replace(/[:.]/g, '-')}-${name}.eml`),
        info.message as Buffer,
      )
    }
    await write('1', 7, 'Żółte tramwaje wracają na Kazimierz', '2026-11-20T09:00:00.000Z')
    await write('2', 70, 'Inna informacja', '2026-11-21T09:00:00.000Z')
    await write('3', 7, 'EMBARGO DO 26.11.2026, 10:00 CET — Nowy park', '2026-11-22T09:00:00.000Z')
    expect(await listOutbox({ release: 7 })).toEqual([
      expect.objectContaining({
        to: 'Jan Kowalski <jan.kowalski@gazeta.test>',
        subject: 'EMBARGO DO 26.11.2026, 10:00 CET — Nowy park',
        date: '2026-11-22T09:00:00.000Z',
      }),
      expect.objectContaining({
        subject: 'Żółte tramwaje wracają na Kazimierz',
        date: '2026-11-20T09:00:00.000Z',
      }),
    ])
  } finally {
    process.env.PRESSROOM_DATA_DIR = before
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
})
