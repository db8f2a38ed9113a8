import type { Payload } from 'payload'

import {
  hoursFromNow,
  makeJournalist,
  makeMailingList,
  makeRelease,
  makeUser,
  setupOffice,
} from './helpers/content'
import { localPayloadOf, login, startServer, type TestServer } from './helpers/server'
import { startSmtp, type TestSmtp } from './helpers/smtp'

/**
 * A token in a mail names a row by id; a deleted row's id must not hand its tokens to the next
 * person. Over real HTTP on SQLite, which gave a new row the highest id + 1: the newest row
 * deleted, the next one came back with its id and opened on the old token.
 */
let server: TestServer
let smtp: TestSmtp
let local: Payload
type Role = 'anonymous' | 'editor' | 'admin'
const auth: Record<Role, Record<string, string>> = { anonymous: {}, editor: {}, admin: {} }
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

/** The path of the first link to `prefix` in the newest mail to `address`, once it has arrived. */
const pathIn = async (address: string, prefix: string) => {
  while (!smtp.to(address).length) await smtp.waitFor(smtp.received.length + 1)
  const text = smtp.to(address).at(-1)!.mail.text ?? ''
  const match = new RegExp(`https://prasa\\.krakow\\.test(${prefix}[\\w-]+\\.[\\w-]+)`).exec(text)
  return match![1]
}

const journalistByEmail = async (email: string) =>
  (
    await local.find({
      collection: 'journalists',
      where: { email: { equals: email } },
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]

/** A sign-up, done: the answer comes before the work (no timing tells), so wait for its mail. */
const signUp = async (email: string, name: string) => {
  const res = await post('/api/journalists/subscribe', { email, name, locale: 'pl' }, 'anonymous')
  expect(res.status).toBe(202)
  while (!smtp.to(email).length) await smtp.waitFor(smtp.received.length + 1)
}

let release: { id: number }
const headline = 'Nowa linia tramwajowa na Górkę Narodową'
let zofia: { id: number }
let jan: { id: number }

beforeAll(async () => {
  smtp = await startSmtp()
  server = await startServer('token-reuse', {
    SMTP_URL: smtp.url,
    PRESSROOM_MAIL_RATE: '0',
    PRESSROOM_PUBLIC_URL: PUBLIC,
  })
  local = await localPayloadOf(server)
  await setupOffice(local)
  for (const role of ['editor', 'admin'] as const) {
    const user = await makeUser(local, role)
    auth[role] = {
      Authorization: await login(server.url, user.email, 'correct horse battery staple'),
    }
  }
  zofia = await makeJournalist(local, {
    name: 'Zofia Ofiara',
    email: 'zofia@dziennik.test',
    outlet: 'Dziennik Polski',
    embargoTrusted: true,
  })
  // Jan is the newest journalist: on the old code his id is the one handed out next.
  jan = await makeJournalist(local, {
    name: 'Jan Usunięty',
    email: 'jan@gazeta.test',
    embargoTrusted: true,
  })
  release = await makeRelease(local, {
    headline,
    lead: 'Tramwaj pojedzie od 2028 roku.',
    embargoUntil: hoursFromNow(2),
  })
}, 300_000) // includes `next build` when the sources changed

afterAll(async () => {
  await local?.destroy()
  await server?.stop()
  await smtp?.stop()
})

const distributeTo = async (member: { id: number }, name: string) => {
  const list = await makeMailingList(local, name, [member])
  const res = await post(
    `/api/press-releases/${release.id}/distribute`,
    { lists: [list.id], mode: 'pre-delivery' },
    'editor',
  )
  expect(res.status).toBe(202)
}

let janUnsubscribe: string

it("does not open the next journalist's embargoed copy with the link of a deleted delivery", async () => {
  await distributeTo(jan, 'Jan')
  const janLink = await pathIn('jan@gazeta.test', '/r/')
  janUnsubscribe = await pathIn('jan@gazeta.test', '/u/')
  expect((await api(janLink, 'anonymous')).status).toBe(200)
  const [janDelivery] = (
    await local.find({ collection: 'deliveries', depth: 0, overrideAccess: true })
  ).docs
  expect(
    (await api(`/api/deliveries/${janDelivery.id}`, 'admin', { method: 'DELETE' })).status,
  ).toBe(200)

  await distributeTo(zofia, 'Zofia')
  const zofiaLink = await pathIn('zofia@dziennik.test', '/r/')
  const own = await api(zofiaLink, 'anonymous')
  expect(own.status).toBe(200)
  expect(await own.text()).toContain('Przygotowano dla: Zofia Ofiara')

  const old = await api(janLink, 'anonymous')
  const body = await old.text()
  expect(old.status).toBe(404)
  expect(body).not.toContain(headline)
  expect(body).not.toContain('Zofia')
  const { docs } = await local.find({ collection: 'deliveries', depth: 0, overrideAccess: true })
  expect(docs.map((d) => d.id)).not.toContain(janDelivery.id)
}, 120_000)

it('does not unsubscribe the next journalist with the link of a deleted one', async () => {
  expect((await api(`/api/journalists/${jan.id}`, 'editor', { method: 'DELETE' })).status).toBe(200)
  await signUp('nowy@portal.test', 'Nowy Dziennikarz')
  const newcomer = await journalistByEmail('nowy@portal.test')
  expect(newcomer.id).not.toBe(jan.id)

  expect((await api(janUnsubscribe, 'anonymous')).status).toBe(404)
  const unsubscribe = await api(janUnsubscribe, 'anonymous', { method: 'POST' })
  expect(unsubscribe.status).toBe(404)
  expect(await unsubscribe.text()).not.toContain('Nowy Dziennikarz')
  expect((await journalistByEmail('nowy@portal.test')).consent).toBe('pending')
}, 60_000)

it("does not confirm the next sign-up, nor show its address, with a deleted sign-up's link", async () => {
  const confirm = await pathIn('nowy@portal.test', '/subscribe/confirm/')
  const deleted = await journalistByEmail('nowy@portal.test')
  expect((await api(`/api/journalists/${deleted.id}`, 'editor', { method: 'DELETE' })).status).toBe(
    200,
  )
  await signUp('ofiara@radio.test', 'Ofiara Podpisu')
  const victim = await journalistByEmail('ofiara@radio.test')
  expect(victim.id).not.toBe(deleted.id)

  const page = await api(confirm, 'anonymous')
  expect(page.status).toBe(404)
  expect(await page.text()).not.toContain('ofiara@radio.test')
  const confirmed = await api(confirm, 'anonymous', { method: 'POST' })
  expect(confirmed.status).toBe(404)
  expect(await confirmed.text()).not.toContain('ofiara@radio.test')
  expect((await journalistByEmail('ofiara@radio.test')).consent).toBe('pending')
  // Its own link still confirms it.
  const own = await pathIn('ofiara@radio.test', '/subscribe/confirm/')
  expect((await api(own, 'anonymous', { method: 'POST' })).status).toBeLessThan(400)
  expect((await journalistByEmail('ofiara@radio.test')).consent).toBe('confirmed')
}, 60_000)
