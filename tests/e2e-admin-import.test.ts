import type { Browser, BrowserContext, Page } from 'puppeteer'

import { Document, HeadingLevel, Packer, Paragraph } from 'docx'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { launchAdminBrowser, loginThroughForm, textOf } from './helpers/browser-e2e'
import { fixturePath } from './helpers/content'
import { login, startServer, type TestServer, withoutSecondPairOfEyes } from './helpers/server'

/**
 * The last dead ends of the Polish admin (issue 21), walked in a real Chromium against the built
 * app: importing a release without a headline, and with one typed in the form; the server's
 * refusals (distribution, journalists, imports, the password rule) in the admin's language; the
 * users list's e-mail column. Screenshots of each step go to $PRESSROOM_E2E_SHOTS (or a temp dir).
 */
let server: TestServer
let browser: Browser
const contexts: BrowserContext[] = []
const shots =
  process.env.PRESSROOM_E2E_SHOTS || fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-import-'))
const admin = { email: 'admin@krakow.test', password: 'admin-pass-123', name: 'Anna Admin' }
let auth = ''

const rest = async (p: string, init: RequestInit = {}) => {
  const res = await fetch(`${server.url}${p}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', Authorization: auth, ...(init.headers ?? {}) },
  })
  const json = await res.json()
  if (!res.ok) throw new Error(`${p}: ${res.status} ${JSON.stringify(json)}`)
  return json.doc ?? json
}

const signIn = async (): Promise<Page> => {
  const context = await browser.createBrowserContext()
  contexts.push(context)
  const page = await context.newPage()
  await page.setExtraHTTPHeaders({ 'Accept-Language': 'pl' })
  await loginThroughForm(page, server.url, admin.email, admin.password)
  return page
}

const shoot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: false })

/** Opens the releases list's import form and sends a file, with a headline when given. */
const importThroughForm = async (page: Page, file: string, headline?: string) => {
  // Once the page has settled: a click before React has taken the button over does nothing (seen
  // once under load, the form never opened).
  await page.goto(`${server.url}/admin/collections/press-releases`, {
    waitUntil: 'networkidle2',
    timeout: 90_000,
  })
  const open = await page.waitForSelector('[data-testid="import-release"] button', {
    timeout: 60_000,
  })
  await open!.click()
  const input = await page.waitForSelector('[data-testid="import-release"] input[type="file"]')
  await (input as unknown as { uploadFile: (f: string) => Promise<void> }).uploadFile(file)
  if (headline) await page.type('[data-testid="import-release"] input[name="headline"]', headline)
  await shoot(page, headline ? 'import-form-headline' : 'import-form')
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'domcontentloaded', timeout: 120_000 }),
    page.click('[data-testid="import-release"] button[type="submit"]'),
  ])
  const toast = await textOf(page, '[data-sonner-toast][data-type="success"]', 60_000)
  await page.waitForSelector('[data-testid="release-notices"]', { timeout: 60_000 })
  return toast
}

beforeAll(async () => {
  server = await startServer('e2e-admin-import')
  await fetch(`${server.url}/api/users/first-register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(admin),
  })
  auth = await login(server.url, admin.email, admin.password)
  // About imports and refusals, not review: the admin writes and publishes alone.
  await withoutSecondPairOfEyes(server.url, auth)
  await rest('/api/people', {
    method: 'POST',
    body: JSON.stringify({ name: 'Aleksander Miszalski', role: 'Prezydent Miasta Krakowa' }),
  })
  browser = await launchAdminBrowser()
}, 300_000) // includes `next build` when the sources changed

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined)
  await browser?.close()
  await server?.stop()
  process.stderr.write(`e2e-admin-import screenshots: ${shots}\n`)
})

it('imports a .txt without a headline: a provisional headline marked on the draft, the date and the quote said', async () => {
  const page = await signIn()
  const toast = await importThroughForm(page, fixturePath('import-no-headline-pl.txt'))
  const year = new Date().getFullYear()
  expect(toast).toContain('Zaimportowano szkic „Rada Miasta Krakowa przyjęła 12 marca')
  expect(toast).toContain(
    'Plik nie miał tytułu: tytułem tymczasowym jest pierwsze zdanie tekstu — sprawdź go.',
  )
  expect(toast).toContain(`Data z tekstu: 12 marca ${year} r. Akapity`)
  expect(toast).toContain(
    'Akapity z cytatem przeniesiono do cytatów (czekają na zatwierdzenie): Aleksander Miszalski.',
  )
  const notice = await textOf(page, '[data-testid="provisional-headline"]', 30_000)
  expect(notice).toMatch(/^Tytuł tymczasowy — sprawdź\./)
  const quotes = await textOf(page, '[data-testid="quote-statuses"]', 30_000)
  expect(quotes).toContain('„Każde drzewo, które dziś sadzimy')
  expect(quotes).toContain('(Aleksander Miszalski) — czeka na zatwierdzenie')
  await shoot(page, 'import-draft-provisional')

  // A real headline, saved: the notice goes.
  const headline = await page.waitForSelector('#field-headline')
  await headline!.click({ clickCount: 3 })
  await headline!.type('Sto tysięcy nowych drzew do 2030 roku')
  await page.click('#action-save-draft')
  await page.waitForFunction(
    () => !document.querySelector('[data-testid="provisional-headline"]'),
    { timeout: 60_000 },
  )
  // Never published: its address follows the real headline, not the first sentence.
  await page.waitForFunction(
    () =>
      (document.querySelector('#field-slug') as HTMLInputElement | null)?.value ===
      'sto-tysiecy-nowych-drzew-do-2030-roku',
    { timeout: 30_000 },
  )
  await shoot(page, 'import-draft-headline-saved')
}, 240_000)

it('imports a .docx with the headline typed in the form, and marks nothing provisional', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-import-docx-'))
  const file = path.join(dir, 'zielen.docx')
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            text: 'Od poniedziałku mieszkańcy mogą zgłaszać miejsca na nowe drzewa przez stronę miasta.',
          }),
          new Paragraph({ text: 'Zgłoszenia', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: 'Formularz działa do końca kwietnia.' }),
        ],
      },
    ],
  })
  fs.writeFileSync(file, await Packer.toBuffer(doc))
  const page = await signIn()
  const toast = await importThroughForm(page, file, 'Mieszkańcy wskażą miejsca na drzewa')
  expect(toast).toContain('Zaimportowano szkic „Mieszkańcy wskażą miejsca na drzewa”.')
  expect(toast).not.toContain('tytułem tymczasowym')
  expect(toast).toMatch(/Tekst nie podaje daty: ustawiono dzisiejszą \(\d{1,2} \S+ \d{4} r\.\)\./)
  expect(await page.$eval('#field-headline', (i) => (i as HTMLInputElement).value)).toBe(
    'Mieszkańcy wskażą miejsca na drzewa',
  )
  expect(await page.$('[data-testid="provisional-headline"]')).toBeNull()
  await shoot(page, 'import-docx-headline')
  fs.rmSync(dir, { recursive: true, force: true })
}, 240_000)

it("shows the server's refusals in Polish: an import, a journalists' CSV, a weak password", async () => {
  const page = await signIn()
  // Once the page has settled: a click before React has taken the button over does nothing (seen
  // once under load, the form never opened).
  await page.goto(`${server.url}/admin/collections/press-releases`, {
    waitUntil: 'networkidle2',
    timeout: 90_000,
  })
  await (await page.waitForSelector('[data-testid="import-release"] button', {
    timeout: 60_000,
  }))!.click()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-import-bad-'))
  const notUtf8 = path.join(dir, 'komunikat.txt')
  fs.writeFileSync(notUtf8, Buffer.from([0x4b, 0x72, 0x61, 0x6b, 0xf3, 0x77, 0xff, 0xfe, 0x0a]))
  const input = await page.waitForSelector('[data-testid="import-release"] input[type="file"]')
  await (input as unknown as { uploadFile: (f: string) => Promise<void> }).uploadFile(notUtf8)
  await page.click('[data-testid="import-release"] button[type="submit"]')
  expect(await textOf(page, '[data-testid="import-error"]', 60_000)).toBe(
    'Plik komunikat.txt nie jest tekstem w UTF-8: zapisz go jako UTF-8 i zaimportuj ponownie.',
  )

  await page.goto(`${server.url}/admin/collections/journalists`, {
    waitUntil: 'networkidle2',
    timeout: 90_000,
  })
  await (await page.waitForSelector('[data-testid="journalist-import"] button', {
    timeout: 60_000,
  }))!.click()
  const csv = path.join(dir, 'lista.csv')
  fs.writeFileSync(csv, 'imie,adres\nJan,jan@gazeta.test\n')
  const csvInput = await page.waitForSelector(
    '[data-testid="journalist-import"] input[type="file"]',
  )
  await (csvInput as unknown as { uploadFile: (f: string) => Promise<void> }).uploadFile(csv)
  await page.click('[data-testid="journalist-import"] button[type="submit"]')
  expect(await textOf(page, '[data-testid="journalist-import"] [role="alert"]', 60_000)).toBe(
    'Pierwszy wiersz musi nazywać kolumny (name, email, outlet, languages, topics); brakuje: name, email.',
  )
  await shoot(page, 'journalists-import-refused')
  // A table whose rows are wrong: each row's reason in Polish, with its line and the value at fault.
  fs.writeFileSync(csv, 'name,email\n,bez@gazeta.test\nJan Nowak,jan-bez-adresu\n')
  await (csvInput as unknown as { uploadFile: (f: string) => Promise<void> }).uploadFile(csv)
  await page.click('[data-testid="journalist-import"] button[type="submit"]')
  const report = await textOf(page, '[data-testid="journalist-import-report"]', 60_000)
  expect(report).toContain('wiersz 2 (bez@gazeta.test): Brak imienia i nazwiska.')
  expect(report).toContain('wiersz 3 (jan-bez-adresu): „jan-bez-adresu” nie jest adresem e-mail.')
  await shoot(page, 'journalists-import-rows-refused')

  // Typed once the form is hydrated (networkidle), so no keystroke is lost before it listens.
  await page.goto(`${server.url}/admin/collections/users/create`, { waitUntil: 'networkidle0' })
  await page.waitForSelector('input[name="email"]', { timeout: 60_000 })
  const fill = async (selector: string, text: string) => {
    await page.type(selector, text)
    await page.waitForFunction(
      (sel, want) => (document.querySelector(sel) as HTMLInputElement | null)?.value === want,
      { timeout: 10_000 },
      selector,
      text,
    )
  }
  await fill('input[name="email"]', 'nowa@krakow.test')
  await fill('input[name="name"]', 'Nowa Osoba')
  await fill('input[name="password"]', 'haslo1234567')
  await fill('input[name="confirm-password"]', 'haslo1234567')
  await page.click('#action-save')
  const toasts = () =>
    page.$$eval('[data-sonner-toast][data-type="error"]', (all) =>
      all.map((t) => t.textContent).join(' | '),
    )
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('[data-sonner-toast][data-type="error"]')].some((t) =>
          t.textContent?.includes('zbyt popularne'),
        ),
      { timeout: 60_000 },
    )
    .catch(() => undefined)
  expect(await toasts()).toContain('To hasło jest zbyt popularne: wybierz inne.')
  const form = await page.evaluate(() => document.body.innerText)
  expect(form).toContain('Adres e-mail')
  expect(form).not.toMatch(/\bEmail\b/)
  await shoot(page, 'password-refused')
  fs.rmSync(dir, { recursive: true, force: true })
}, 240_000)

it('names the e-mail column of the users list in Polish', async () => {
  const page = await signIn()
  await page.goto(`${server.url}/admin/collections/users`, {
    waitUntil: 'networkidle2',
    timeout: 90_000,
  })
  await page.waitForSelector('table thead', { timeout: 60_000 })
  const headers = await page.$$eval('table thead th', (ths) =>
    ths.map((th) => th.textContent?.trim()),
  )
  expect(headers).toContain('Adres e-mail')
  expect(headers).not.toContain('Email')
}, 120_000)

it("words the distribution's refusals in the asker's language, with their key", async () => {
  const release = await rest('/api/press-releases', {
    method: 'POST',
    body: JSON.stringify({
      headline: 'Dni Krakowa',
      place: 'Kraków',
      date: new Date().toISOString(),
      _status: 'published',
    }),
  })
  const list = await rest('/api/mailing-lists', {
    method: 'POST',
    body: JSON.stringify({ name: 'Media lokalne' }),
  })
  const ask = async (p: string, body: unknown, language?: string) => {
    const res = await fetch(`${server.url}${p}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: auth,
        ...(language ? { 'Accept-Language': language } : {}),
      },
      body: JSON.stringify(body),
    })
    return { status: res.status, error: (await res.json()).errors?.[0] }
  }
  const preDelivery = { lists: [list.id], mode: 'pre-delivery' }
  expect(await ask(`/api/press-releases/${release.id}/distribute`, preDelivery)).toEqual({
    status: 400,
    error: {
      message:
        'Wysyłka przed embargiem jest dla informacji pod embargiem, zanim embargo minie; ta informacja nie jest pod embargiem.',
      data: { key: 'distPreNotEmbargoed' },
    },
  })
  expect(
    await ask(`/api/press-releases/${release.id}/distribute`, preDelivery, 'en'),
  ).toMatchObject({
    error: {
      message: expect.stringMatching(/not under embargo/),
      data: { key: 'distPreNotEmbargoed' },
    },
  })
  expect(await ask(`/api/press-releases/${release.id}/distribute`, { lists: [] })).toMatchObject({
    status: 400,
    error: {
      message: 'Wybierz co najmniej jedną listę wysyłkową.',
      data: { key: 'refuseSendNoList' },
    },
  })
  expect(await ask('/api/deliveries/999999/revoke', {})).toMatchObject({
    status: 404,
    error: { message: 'Nie ma wysyłki o numerze 999999.', data: { key: 'refuseNoDelivery' } },
  })
})
