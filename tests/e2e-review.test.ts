import type { Browser, Page } from 'puppeteer'

import fs from 'node:fs'
import path from 'node:path'

import {
  launchAdminBrowser,
  loginThroughForm,
  openReleaseAt,
  scheduleInDrawerAt,
  textOf,
} from './helpers/browser-e2e'
import { login, startServer, type TestServer } from './helpers/server'

/**
 * A second pair of eyes, in a real Chromium on the Polish admin with the office setting on (as a
 * new office has it): the author submits, another editor publishes; the author alone cannot; the
 * editor who wrote the text cannot without a reason; a forced publication is flagged on the
 * dashboard until another editor approves it; every refusal reaches the toast in Polish.
 */
let server: TestServer
let browser: Browser
const accounts = {
  admin: { email: 'admin@krakow.test', password: 'admin-pass-123', name: 'Anna Admin' },
  author: {
    email: 'autor@krakow.test',
    password: 'autor-pass-123',
    name: 'Adam Autor',
    role: 'author',
  },
  writer: {
    email: 'ewa@krakow.test',
    password: 'ewa-pass-123',
    name: 'Ewa Redaktorka',
    role: 'editor',
  },
  reviewer: {
    email: 'jan@krakow.test',
    password: 'jan-pass-123',
    name: 'Jan Redaktor',
    role: 'editor',
  },
}
type Who = keyof typeof accounts
const auth = {} as Record<Who, string>

const api = async (who: Who, url: string, init: RequestInit = {}) => {
  const res = await fetch(`${server.url}${url}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', Authorization: auth[who], ...init.headers },
  })
  return { status: res.status, body: await res.json() }
}

const draftBy = async (who: Who, headline: string) => {
  const { status, body } = await api(who, '/api/press-releases?draft=true', {
    method: 'POST',
    body: JSON.stringify({
      headline,
      place: 'Kraków',
      date: new Date().toISOString(),
      lead: 'Od poniedziałku na Plantach stanie sto nowych ławek.',
      releaseType: 'immediate',
      _status: 'draft',
    }),
  })
  if (status !== 201) throw new Error(`draft: ${status} ${JSON.stringify(body)}`)
  return body.doc.id as number
}

const stored = async (id: number) =>
  (await api('admin', `/api/press-releases/${id}?draft=true&depth=0`)).body as {
    _status: string
    review: { state: string }
    forcedPublication: { reason: string | null; approvedBy: number | null }
  }

const signedIn = async (who: Who) => {
  const page = await (await browser.createBrowserContext()).newPage()
  await page.setExtraHTTPHeaders({ 'Accept-Language': 'pl' })
  await loginThroughForm(page, server.url, accounts[who].email, accounts[who].password)
  return page
}

/** A picture of what the person saw, when PRESSROOM_SHOTS_DIR asks for them (to look at by eye). */
const shot = async (page: Page, name: string) => {
  const dir = process.env.PRESSROOM_SHOTS_DIR
  if (dir) await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true })
}

/** The newest toast's text, once one of `type` shows. */
const toast = async (page: Page, type: 'success' | 'error') =>
  textOf(page, `[data-sonner-toast][data-type="${type}"]`, 60_000)

const dismissToasts = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('[data-sonner-toast]').forEach((t) => t.remove()))

beforeAll(async () => {
  server = await startServer('review-e2e')
  const first = await fetch(`${server.url}/api/users/first-register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(accounts.admin),
  })
  if (!first.ok) throw new Error(`first-register: ${first.status}`)
  auth.admin = await login(server.url, accounts.admin.email, accounts.admin.password)
  for (const who of ['author', 'writer', 'reviewer'] as const) {
    const { status } = await api('admin', '/api/users', {
      method: 'POST',
      body: JSON.stringify(accounts[who]),
    })
    if (status !== 201) throw new Error(`user ${who}: ${status}`)
    auth[who] = await login(server.url, accounts[who].email, accounts[who].password)
  }
  browser = await launchAdminBrowser()
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

it('is on in a new office', async () => {
  const { body } = await api('admin', '/api/globals/press-office')
  expect(body.secondPairOfEyes).toBe(true)
}, 180_000)

it('lets an author submit for review, and another editor publish; the author alone cannot', async () => {
  const id = await draftBy('author', 'Sto nowych ławek na Plantach')
  const author = await signedIn('author')
  await openReleaseAt(author, server.url, id)
  // No publish button for an author: "Przekaż do akceptacji" in its place.
  expect(await author.$('#action-save')).toBeNull()
  expect(await textOf(author, '#action-submit-for-review')).toBe('Przekaż do akceptacji')
  await shot(author, 'review-author-before-submit')
  await author.click('#action-submit-for-review')
  expect(await toast(author, 'success')).toBe('Przekazano do akceptacji.')
  expect(await textOf(author, '[data-testid="review-waiting"]')).toContain('Czeka na akceptację')
  expect((await stored(id)).review.state).toBe('submitted')
  // The reviewing editors got a mail through the distribution's mailer (the outbox here).
  const outbox = path.join(server.dataDir, 'outbox')
  const mails = fs.existsSync(outbox)
    ? fs.readdirSync(outbox, { recursive: true }).map((f) => path.join(outbox, String(f)))
    : []
  const texts = mails.filter((f) => fs.statSync(f).isFile()).map((f) => fs.readFileSync(f, 'utf8'))
  expect(texts.some((t) => t.includes(accounts.reviewer.email))).toBe(true)
  expect(texts.some((t) => t.includes(`To: ${accounts.author.name}`))).toBe(false)
  // Over the API the author's publication is refused, in Polish, and nothing changes.
  const refused = await api('author', `/api/press-releases/${id}`, {
    method: 'PATCH',
    headers: { 'Accept-Language': 'pl' },
    body: JSON.stringify({ _status: 'published' }),
  })
  expect(refused.status).toBe(403)
  expect((await stored(id))._status).toBe('draft')
  // The list says it waits.
  await author.goto(`${server.url}/admin/collections/press-releases`, {
    waitUntil: 'domcontentloaded',
  })
  await author.waitForSelector('.release-status [data-review="submitted"]')
  expect(await textOf(author, '.release-status [data-review="submitted"]')).toBe(
    'Czeka na akceptację',
  )
  await shot(author, 'review-list-waiting')

  const reviewer = await signedIn('reviewer')
  expect(await textOf(reviewer, '[data-testid="review-waiting-list"]')).toContain(
    'Sto nowych ławek na Plantach',
  )
  await shot(reviewer, 'review-dashboard-waiting')
  await openReleaseAt(reviewer, server.url, id)
  await reviewer.waitForSelector('#review-return')
  await reviewer.click('#action-save')
  expect(await toast(reviewer, 'success')).toBeTruthy()
  expect(await stored(id)).toMatchObject({ _status: 'published', review: { state: 'none' } })
}, 180_000)

it('returns a release to its author with a comment kept with the version', async () => {
  const id = await draftBy('author', 'Nowe godziny otwarcia urzędu')
  expect((await api('author', `/api/press-releases/${id}/submit`, { method: 'POST' })).status).toBe(
    200,
  )
  const reviewer = await signedIn('reviewer')
  await openReleaseAt(reviewer, server.url, id)
  await reviewer.waitForSelector('#review-return')
  await reviewer.click('#review-return')
  await reviewer.type('#review-comment', 'Dodaj godziny w soboty.')
  await reviewer.click('#review-return-send')
  expect(await toast(reviewer, 'success')).toBe('Zwrócono do poprawy.')
  expect((await stored(id)).review.state).toBe('returned')
  const author = await signedIn('author')
  await openReleaseAt(author, server.url, id)
  await author.waitForSelector('[data-testid="review-comments"]')
  expect(await textOf(author, '[data-testid="review-returned"]')).toContain('Do poprawy')
  expect(await textOf(author, '[data-testid="review-comments"]')).toContain(
    'Dodaj godziny w soboty.',
  )
  await shot(author, 'review-returned')
}, 180_000)

it('keeps the editor who wrote the text from publishing it without a reason; with one it is flagged until another editor approves', async () => {
  const headline = 'Remont mostu Dębnickiego'
  const id = await draftBy('writer', headline)
  const writer = await signedIn('writer')
  await openReleaseAt(writer, server.url, id)
  await writer.waitForSelector('[data-testid="review-must-force"]')
  await writer.click('#action-save')
  await writer.waitForSelector('[data-testid="force-dialog"]')
  await shot(writer, 'review-force-dialog')
  // Cancelled: nothing is published.
  const [cancel] = await writer.$$(
    'xpath/.//div[@data-testid="force-dialog"]//button[normalize-space(.)="Anuluj"]',
  )
  await cancel!.click()
  expect((await stored(id))._status).toBe('draft')
  await writer.click('#action-save')
  await writer.waitForSelector('#force-reason')
  await writer.type('#force-reason', 'Zamknięcie mostu od jutra: komunikat musi wyjść dziś.')
  await writer.click('#force-publish')
  expect(await toast(writer, 'success')).toBeTruthy()
  expect(await stored(id)).toMatchObject({
    _status: 'published',
    forcedPublication: {
      reason: 'Zamknięcie mostu od jutra: komunikat musi wyjść dziś.',
      approvedBy: null,
    },
  })
  // The same editor may not approve it.
  const same = await api('writer', `/api/press-releases/${id}/approve-forced`, { method: 'POST' })
  expect(same.status).toBe(403)

  const reviewer = await signedIn('reviewer')
  expect(await textOf(reviewer, '[data-testid="review-forced-list"]')).toContain(headline)
  await shot(reviewer, 'review-dashboard-forced')
  await openReleaseAt(reviewer, server.url, id)
  expect(await textOf(reviewer, '[data-testid="review-forced"]')).toContain(
    'Opublikowano bez drugiej pary oczu',
  )
  await reviewer.click('#review-approve-forced')
  expect(await toast(reviewer, 'success')).toBe('Publikacja zatwierdzona.')
  expect((await stored(id)).forcedPublication.approvedBy).toBeTruthy()
  await reviewer.goto(`${server.url}/admin`, { waitUntil: 'domcontentloaded' })
  await reviewer.waitForSelector('[data-testid="review-queue"]')
  expect(await reviewer.$('[data-testid="review-forced-list"]')).toBeNull()
}, 180_000)

it("shows the server's refusal in Polish when an editor changes a text and publishes it in one go", async () => {
  const id = await draftBy('author', 'Zmiana organizacji ruchu na Grzegórzkach')
  const reviewer = await signedIn('reviewer')
  await openReleaseAt(reviewer, server.url, id)
  // Editing the lead makes the reviewer a writer of this save: the server refuses, and says why.
  await reviewer.click('#field-lead')
  await reviewer.keyboard.type(' Objazd potrwa tydzień.')
  await dismissToasts(reviewer)
  await reviewer.click('#action-save')
  expect(await toast(reviewer, 'error')).toMatch(
    /^Zasada „druga para oczu” – bieżąca treść jest Twojego autorstwa, więc opublikować ją może tylko inny redaktor\./,
  )
  expect((await stored(id))._status).toBe('draft')
}, 180_000)

it("shows the drawer's refusal instead of a success when the writer schedules their own text", async () => {
  const id = await draftBy('writer', 'Jarmark świąteczny na Rynku')
  const writer = await signedIn('writer')
  await scheduleInDrawerAt(writer, server.url, id)
  expect(await toast(writer, 'error')).toMatch(/^Zasada „druga para oczu” – .*zaplanować/)
  await shot(writer, 'review-drawer-refusal')
}, 180_000)
