import type { Browser, Page } from 'puppeteer'

import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import {
  appendAndAwaitFormUpdate,
  launchAdminBrowser,
  loginThroughForm,
  openReleaseAt,
  textOf,
} from './helpers/browser-e2e'
import { login, startServer, type TestServer, withoutSecondPairOfEyes } from './helpers/server'
import { startSmtp, type TestSmtp } from './helpers/smtp'

/**
 * A correction as the office makes it, in a real Chromium on the Polish admin: an editor changes
 * the text of a published release that journalists were sent, is asked for the kind of change,
 * gives a correction note, publishes; the newsroom page, the PDF (pdftotext), the feeds and the
 * register of changes show the note; "Wyślij sprostowanie" mails each recipient of the first mail
 * once (real SMTP).
 */
let server: TestServer
let smtp: TestSmtp
let browser: Browser
const admin = { email: 'admin@krakow.test', password: 'admin-pass-123', name: 'Anna Admin' }
const editor = {
  email: 'ewa@krakow.test',
  password: 'ewa-pass-123',
  name: 'Ewa Redaktorka',
  role: 'editor',
}
let auth = ''

const api = async (url: string, init: RequestInit = {}) => {
  const res = await fetch(`${server.url}${url}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', Authorization: auth, ...init.headers },
  })
  return { status: res.status, body: await res.json().catch(() => null) }
}

const shot = async (page: Page, name: string) => {
  const dir = process.env.PRESSROOM_SHOTS_DIR
  if (dir) await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true })
}

const toast = (page: Page, type: 'success' | 'error') =>
  textOf(page, `[data-sonner-toast][data-type="${type}"]`, 60_000)

const dismissToasts = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('[data-sonner-toast]').forEach((t) => t.remove()))

const typeInto = async (page: Page, selector: string, text: string) => {
  await page.click(selector)
  await page.keyboard.down('Control')
  await page.keyboard.press('KeyA')
  await page.keyboard.up('Control')
  await page.keyboard.press('Backspace')
  await page.type(selector, text)
}

const plain = (text: string) => text.replace(/\s+/g, ' ')

beforeAll(async () => {
  smtp = await startSmtp()
  server = await startServer('corrections-e2e', {
    SMTP_URL: smtp.url,
    PRESSROOM_MAIL_FROM: 'Biuro Prasowe UMK <prasa@krakow.test>',
  })
  const first = await fetch(`${server.url}/api/users/first-register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(admin),
  })
  if (!first.ok) throw new Error(`first-register: ${first.status}`)
  auth = await login(server.url, admin.email, admin.password)
  await withoutSecondPairOfEyes(server.url, auth)
  if ((await api('/api/users', { method: 'POST', body: JSON.stringify(editor) })).status !== 201)
    throw new Error('editor')
  browser = await launchAdminBrowser()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await smtp?.stop()
})

it('an editor corrects a published release with a note; every surface shows it; recipients get one correction each', async () => {
  const journalists = []
  for (const [name, email] of [
    ['Anna Zielińska', 'anna@radio.test'],
    ['Piotr Nowak', 'piotr@gazeta.test'],
  ]) {
    const { status, body } = await api('/api/journalists', {
      method: 'POST',
      body: JSON.stringify({ name, email, languages: ['pl'], consent: 'confirmed' }),
    })
    expect(status).toBe(201)
    journalists.push(body.doc.id)
  }
  const list = await api('/api/mailing-lists', {
    method: 'POST',
    body: JSON.stringify({ name: 'Edukacja', members: journalists }),
  })
  const created = await api('/api/press-releases', {
    method: 'POST',
    body: JSON.stringify({
      headline: 'Żłobki przyjęły więcej dzieci',
      place: 'Kraków',
      date: new Date().toISOString(),
      lead: 'Miejskie żłobki przyjęły we wrześniu 3241 dzieci.',
      releaseType: 'immediate',
      _status: 'published',
    }),
  })
  expect(created.status).toBe(201)
  const { id, slug } = created.body.doc as { id: number; slug: string }
  const sent = await api(`/api/press-releases/${id}/distribute`, {
    method: 'POST',
    body: JSON.stringify({ lists: [list.body.doc.id] }),
  })
  expect(sent.status).toBe(202)
  await smtp.waitFor(2)

  const page = await (await browser.createBrowserContext()).newPage()
  await page.setExtraHTTPHeaders({ 'Accept-Language': 'pl' })
  await loginThroughForm(page, server.url, editor.email, editor.password)
  await openReleaseAt(page, server.url, id)
  await page.waitForSelector('#field-changeKind')
  expect(await textOf(page, '#field-changeKind')).toContain('Rodzaj zmiany')
  await typeInto(page, '#field-lead', 'Miejskie żłobki przyjęły we wrześniu 3214 dzieci')
  // Without the kind of change, nothing is saved and the editor is told why: the toast names the
  // field and the reason stands over it.
  await page.click('#action-save')
  expect(await toast(page, 'error')).toContain('Rodzaj zmiany')
  const reason = '[data-testid="kept-error-changeKind"]'
  expect(await textOf(page, reason)).toContain('wybierz „Rodzaj zmiany”')
  // The edit is still unsaved, and the editor can still save it as a draft.
  await page.waitForSelector('#action-save-draft:not([disabled])', { timeout: 15_000 })
  // It stays while the editor goes on writing: the form's update from the server after an edit
  // marks a field with no validation of its own valid again, which took the reason away.
  await appendAndAwaitFormUpdate(page, '#field-lead', ' (dane GUS)', id)
  expect(await page.$eval(reason, (el) => el.textContent)).toContain('wybierz „Rodzaj zmiany”')
  await dismissToasts(page)
  await page.click('#field-changeKind .rs__control')
  await page.waitForSelector('.rs__option')
  const options = await page.$$eval('.rs__option', (els) => els.map((e) => e.textContent))
  expect(options).toEqual(['Poprawka drobna', 'Aktualizacja', 'Sprostowanie'])
  await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.rs__option')]
      .find((e) => e.textContent === 'Sprostowanie')!
      .click(),
  )
  await page.waitForSelector('#field-changeNote')
  // Choosing a kind answers the refusal: its reason goes.
  expect(await page.$(reason)).toBeNull()
  await page.type('#field-changeNote', 'Poprawiono liczbę przyjętych dzieci: 3214, nie 3241.')
  await shot(page, 'correction-admin-form')
  // The publication is done when the save is answered (the toast may sit behind the earlier
  // one); the earlier, refused save was answered before its toast.
  const saveAnswered = page.waitForResponse(
    (res) =>
      new RegExp(`/api/press-releases/${id}(\\?|$)`).test(res.url()) &&
      res.request().method() !== 'GET',
    { timeout: 30_000 },
  )
  await page.click('#action-save')
  expect((await saveAnswered).status()).toBe(200)
  await shot(page, 'correction-after-save')
  const saved = (await api(`/api/press-releases/${id}?depth=0`)).body
  expect(saved.lead).toContain('3214')
  expect(saved.changeKind ?? null).toBeNull()
  expect(saved.lastMajorChangeAt).toBeTruthy()

  // The newsroom page, the PDF, the feeds.
  const pageHtml = await (await fetch(`${server.url}/pl/${slug}`)).text()
  expect(pageHtml).toContain('Poprawiono liczbę przyjętych dzieci: 3214, nie 3241.')
  expect(pageHtml).toContain('Ostatnia aktualizacja')
  expect(pageHtml).toContain(`"dateModified":"${saved.lastMajorChangeAt}"`)
  const reader = await browser.newPage()
  await reader.goto(`${server.url}/pl/${slug}`, { waitUntil: 'domcontentloaded' })
  await shot(reader, 'correction-newsroom-page')
  await reader.close()
  const pdf = Buffer.from(
    await (await fetch(`${server.url}/api/press-releases/${id}/pdf`)).arrayBuffer(),
  )
  const pdfFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'correction-pdf-')), 'r.pdf')
  fs.writeFileSync(pdfFile, pdf)
  const pdfText = plain(execFileSync('pdftotext', [pdfFile, '-']).toString())
  expect(pdfText).toContain('Sprostowanie: Poprawiono liczbę przyjętych dzieci')
  expect(pdfText).toContain('3214 dzieci')
  const rss = await (await fetch(`${server.url}/pl/feed.xml`)).text()
  expect(rss).toContain('Sprostowanie: Poprawiono liczbę przyjętych dzieci')
  expect(rss).toContain(`#${saved.lastMajorChangeAt}</guid>`)
  const atom = await (await fetch(`${server.url}/pl/atom.xml`)).text()
  expect(atom).toContain(`<updated>${saved.lastMajorChangeAt}</updated>`)
  // The register of changes and its feed carry the correction with its note.
  const register = plain(await (await fetch(`${server.url}/pl/changes`)).text())
  expect(register).toContain('Sprostowanie')
  expect(register).toContain('Poprawiono liczbę przyjętych dzieci: 3214, nie 3241.')
  const registerFeed = await (await fetch(`${server.url}/pl/changes.xml`)).text()
  expect(registerFeed).toContain('Poprawiono liczbę przyjętych dzieci: 3214, nie 3241.')

  // "Wyślij sprostowanie" in the distribution panel: one correction mail per recipient.
  await page.reload({ waitUntil: 'domcontentloaded' })
  await page.waitForSelector('[data-testid="send-correction"] button', { timeout: 60_000 })
  await shot(page, 'correction-distribution-panel')
  await page.click('[data-testid="send-correction"] button')
  expect(await toast(page, 'success')).toBe('Sprostowanie idzie do 2 odbiorców.')
  await smtp.waitFor(4)
  for (const email of ['anna@radio.test', 'piotr@gazeta.test']) {
    const mails = smtp.to(email)
    expect(mails.map((m) => m.mail.subject)).toEqual([
      'Żłobki przyjęły więcej dzieci',
      'SPROSTOWANIE: Żłobki przyjęły więcej dzieci',
    ])
    expect(plain(mails[1].mail.text ?? '')).toContain('Poprawiono liczbę przyjętych dzieci')
    // The personal link opens the current version, with its note.
    const link = /https?:\/\/[^\s]+\/r\/[^\s/]+/.exec(mails[1].mail.text ?? '')![0]
    // A public release's personal link leads to its public page (personal-links.test.ts).
    const local = (url: string) => url.replace(/^https?:\/\/[^/]+/, server.url)
    const opened = await fetch(local(link), { redirect: 'manual' })
    const target = opened.headers.get('location')
    const personal = await (target ? await fetch(local(target)) : opened).text()
    expect(personal).toContain('Poprawiono liczbę przyjętych dzieci')
  }
  // Once per change: a second send finds no one left.
  const again = await api(`/api/press-releases/${id}/send-correction`, { method: 'POST' })
  expect(again).toEqual({ status: 202, body: { recipients: 0 } })
  expect(smtp.received).toHaveLength(4)
}, 300_000)
