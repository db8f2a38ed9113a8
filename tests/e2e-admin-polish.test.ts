import type { Browser, BrowserContext, Page } from 'puppeteer'

import { AxePuppeteer } from '@axe-core/puppeteer'

import { launchAdminBrowser, loginThroughForm, openReleaseAt, textOf } from './helpers/browser-e2e'
import { login, startServer, type TestServer, withoutSecondPairOfEyes } from './helpers/server'

/**
 * The Polish admin walked in a real Chromium against the built app, as a press officer would:
 * an English quote approved from the dashboard, an author who is offered no publish button and
 * reads the server's refusals in Polish, the pages of issue 21 with no English word and no
 * noun in the wrong case, and the newsroom's search page on a phone.
 */
let server: TestServer
let browser: Browser
const contexts: BrowserContext[] = []
const accounts = {
  admin: { email: 'admin@krakow.test', password: 'admin-pass-123', name: 'Anna Admin' },
  editor: { email: 'editor@krakow.test', password: 'editor-pass-123', name: 'Edyta Redaktor' },
  author: { email: 'author@krakow.test', password: 'author-pass-123', name: 'Artur Autor' },
}
type Who = keyof typeof accounts
const auth: Record<Who, string> = { admin: '', editor: '', author: '' }
let mayorId: number

const rest = async (path: string, init: RequestInit & { as?: Who | 'anonymous' } = {}) => {
  const as = init.as ?? 'admin'
  const res = await fetch(`${server.url}${path}`, {
    ...init,
    headers: {
      'Content-Type': 'application/json',
      ...(as === 'anonymous' ? {} : { Authorization: auth[as] }),
    },
  })
  const json = await res.json()
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`)
  return json.doc ?? json
}

/** A signed-in Polish admin page of its own. */
const signIn = async (who: Who): Promise<Page> => {
  const context = await browser.createBrowserContext()
  contexts.push(context)
  const page = await context.newPage()
  await page.setExtraHTTPHeaders({ 'Accept-Language': 'pl' })
  await loginThroughForm(page, server.url, accounts[who].email, accounts[who].password)
  return page
}

const visibleText = (page: Page) =>
  page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '))

/** Words of Payload's or our English, or Payload's Polish templates with our nouns in the wrong case. */
const notPolish = [
  /\bPre-delivery\b/,
  /\bembargo lifts\b/,
  /\b(pending|confirmed|unsubscribed|staff|sign-up)\b/,
  /\bpl \/ en\b|\ben, uk\b/,
  /Pomyślnie utworzono/,
  /Tworzenie nowego/,
  /\b(Prawda|Fałszywe)\b/i,
  /Nadchodzące Wydarzenia/,
  /Ustawienia regionalne/,
  /Szukaj według,/,
  /\bLocale\b/,
]
const faultsIn = (text: string) => notPolish.filter((re) => re.test(text)).map(String)

beforeAll(async () => {
  server = await startServer('e2e-admin-polish')
  await rest('/api/users/first-register', {
    method: 'POST',
    as: 'anonymous',
    body: JSON.stringify(accounts.admin),
  })
  auth.admin = await login(server.url, accounts.admin.email, accounts.admin.password)
  await withoutSecondPairOfEyes(server.url, auth.admin)
  for (const who of ['editor', 'author'] as const) {
    await rest('/api/users', {
      method: 'POST',
      body: JSON.stringify({ ...accounts[who], role: who }),
    })
    auth[who] = await login(server.url, accounts[who].email, accounts[who].password)
  }
  mayorId = (
    await rest('/api/people', {
      method: 'POST',
      body: JSON.stringify({ name: 'Jan Prezydent', role: 'Prezydent Miasta Krakowa' }),
    })
  ).id
  browser = await launchAdminBrowser()
}, 300_000) // includes `next build` when the sources changed

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined)
  await browser?.close()
  await server?.stop()
})

it('approves an English quote from the dashboard, showing its language and the release citing it', async () => {
  const text = 'Kraków is a city that listens to its residents.'
  const quote = await rest('/api/quotes?locale=en', {
    method: 'POST',
    as: 'editor',
    body: JSON.stringify({ text, speaker: mayorId }),
  })
  const release = await rest('/api/press-releases?draft=true&locale=en', {
    method: 'POST',
    as: 'editor',
    body: JSON.stringify({
      headline: 'The mayor meets the residents of Nowa Huta',
      place: 'Kraków',
      date: new Date().toISOString(),
      quotes: [quote.id],
      _status: 'draft',
    }),
  })

  const approver = await signIn('admin')
  const item = `[data-testid="quote-review"][data-quote-id="${quote.id}"]`
  await approver.waitForSelector(item)
  expect(await textOf(approver, `${item} blockquote`)).toBe(`EN${text}`)
  expect(await approver.$eval(`${item} q`, (q) => q.getAttribute('lang'))).toBe('en')
  expect(await textOf(approver, `${item} [data-testid="quote-cited-by"]`)).toBe(
    'Cytowany w: The mayor meets the residents of Nowa Huta',
  )
  expect(
    await approver.$eval(`${item} [data-testid="quote-cited-by"] a`, (a) => a.getAttribute('href')),
  ).toBe(`/admin/collections/press-releases/${release.id}`)

  await approver.click(`${item} [data-decision="approved"]`)
  await approver.waitForSelector(item, { hidden: true })
  expect(await textOf(approver, '[data-sonner-toast]')).toContain('Cytat zatwierdzony')
  const saved = await rest(`/api/quotes/${quote.id}?locale=en`)
  expect(saved).toMatchObject({ status: 'approved', text })
}, 120_000)

it('offers an author no publish button ("Przekaż do akceptacji" instead), and shows the refusal of a live quote in Polish', async () => {
  const quote = await rest('/api/quotes', {
    method: 'POST',
    body: JSON.stringify({ text: 'Mosty łączą dzielnice.', speaker: mayorId, status: 'approved' }),
  })
  await rest('/api/press-releases', {
    method: 'POST',
    body: JSON.stringify({
      headline: 'Nowy most na Wiśle',
      place: 'Kraków',
      date: new Date().toISOString(),
      quotes: [quote.id],
      _status: 'published',
    }),
  })
  const draft = await rest('/api/press-releases?draft=true', {
    method: 'POST',
    as: 'author',
    body: JSON.stringify({
      headline: 'Remont ulicy Długiej',
      place: 'Kraków',
      date: new Date().toISOString(),
      _status: 'draft',
    }),
  })

  const author = await signIn('author')
  await openReleaseAt(author, server.url, draft.id)
  expect(await author.$('#action-save')).toBeNull()
  expect(await textOf(author, '#action-submit-for-review')).toBe('Przekaż do akceptacji')
  expect(await author.$eval('#action-save-draft', (b) => getComputedStyle(b).display)).not.toBe(
    'none',
  )

  await author.goto(`${server.url}/admin/collections/quotes/${quote.id}`, {
    waitUntil: 'networkidle2',
    timeout: 90_000,
  })
  await author.waitForSelector('input[name="context"]')
  await author.type('input[name="context"]', 'Sesja rady miasta')
  await author.click('#action-save')
  const toast = await textOf(author, '[data-sonner-toast][data-type="error"]', 60_000)
  expect(toast).toContain(
    'Pokazuje to opublikowana informacja (cytat), więc zmienić to może tylko redaktor.',
  )
}, 120_000)

it('walks the Polish admin without an English word or a noun in the wrong case', async () => {
  const release = await rest('/api/press-releases', {
    method: 'POST',
    body: JSON.stringify({
      headline: 'Dni Krakowa 2026',
      place: 'Kraków',
      date: new Date().toISOString(),
      _status: 'published',
    }),
  })
  const journalist = await rest('/api/journalists', {
    method: 'POST',
    body: JSON.stringify({
      name: 'Ewa Dziennikarka',
      email: 'ewa@gazeta.test',
      languages: ['pl', 'en'],
    }),
  })
  const admin = await signIn('admin')
  const faults: Record<string, string[]> = {}
  /** Opens an admin page, waits until `shows` is on it, and notes any fault in its text. */
  const look = async (name: string, path: string, ready: string, shows?: string) => {
    // Settled first: text typed before React takes the form over is lost (seen under load).
    await admin.goto(`${server.url}/admin${path}`, { waitUntil: 'networkidle2', timeout: 90_000 })
    await admin.waitForSelector(ready, { timeout: 60_000 })
    if (shows) {
      await admin
        .waitForFunction((t) => document.body.innerText.includes(t), { timeout: 30_000 }, shows)
        .catch(() => undefined)
    }
    const text = await visibleText(admin)
    const found = faultsIn(text)
    if (found.length) faults[name] = found
    return text
  }

  const releaseText = await look(
    'release',
    `/collections/press-releases/${release.id}`,
    '[data-testid="distribution-panel"]',
    'Wysyłka przed embargiem',
  )
  expect(releaseText).toContain(
    'Wysyłka przed embargiem jest dla informacji pod embargiem, zanim embargo minie; ta informacja nie jest pod embargiem.',
  )
  expect(releaseText).toContain('Wersja językowa')
  // The publish menu names one language after a colon: "Opublikuj w Polski" was Payload's.
  expect(await admin.$eval('#publish-locale', (b) => b.textContent)).toBe(
    'Opublikuj wersję językową: Polski',
  )
  // The body's toolbar offers a table under "+" (an item Payload words in English only).
  await admin.click('.ContentEditable__root')
  await admin.click('button[data-dropdown-key="add"]')
  const added = await admin.waitForSelector('.toolbar-popup__dropdown-items', { visible: true })
  expect(await added!.evaluate((menu) => (menu as HTMLElement).innerText)).toContain('Table')
  // The release's date in Polish words from the first look (Payload's picker drew it in English).
  expect(await admin.$eval('#field-date input', (i) => (i as HTMLInputElement).value)).toMatch(
    /^\d{1,2} (stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia) \d{4}$/,
  )
  const journalistText = await look(
    'journalist',
    `/collections/journalists/${journalist.id}`,
    '#field-consent',
    'Czeka na potwierdzenie',
  )
  expect(journalistText).toContain('Czeka na potwierdzenie')
  expect(journalistText).toContain('Dodany(-a) przez biuro prasowe')
  expect(journalistText).toMatch(/Polski[\s\S]*English/)
  expect(await look('users', '/collections/users', 'table')).toMatch(/\btak\b/i)
  await look('releases', '/collections/press-releases', 'table')
  expect(await admin.$eval('.search-filter__input', (i) => i.getAttribute('placeholder'))).toBe(
    'Szukaj: Tytuł, Lead lub Slug (adres)',
  )
  expect(await look('new quote', '/collections/quotes/create', 'textarea')).toContain(
    'Tworzenie: Cytat',
  )
  await look('new person', '/collections/people/create', 'input[name="name"]')
  await admin.type('input[name="name"]', 'Maria Rzeczniczka')
  await admin.type('input[name="role"]', 'Rzeczniczka prasowa')
  await admin.click('#action-save')
  expect(await textOf(admin, '[data-sonner-toast][data-type="success"]', 60_000)).toContain(
    'Utworzono: Osoba.',
  )
  expect(faults).toEqual({})
}, 240_000)

it('styles the search page box as the header one on a phone, each search landmark named', async () => {
  const context = await browser.createBrowserContext()
  contexts.push(context)
  const phone = await context.newPage()
  await phone.setViewport({ width: 360, height: 740 })
  await phone.goto(`${server.url}/pl/search?q=most`, { waitUntil: 'networkidle0' })
  const style = (selector: string) =>
    phone.$eval(selector, (input) => {
      const s = getComputedStyle(input)
      return {
        border: s.border,
        padding: s.padding,
        fontSize: s.fontSize,
        borderRadius: s.borderRadius,
        width: Math.round(input.getBoundingClientRect().width),
        formWidth: Math.round(input.closest('form')!.getBoundingClientRect().width),
      }
    })
  const header = await style('#site-search')
  const inPage = await style('#page-search')
  expect({ ...inPage, width: 0, formWidth: 0 }).toEqual({ ...header, width: 0, formWidth: 0 })
  // Edge to edge on a phone, as the header's: the box takes the form's width but the button's.
  expect(inPage.width).toBeGreaterThan(inPage.formWidth / 2)
  const labels = await phone.$$eval('[role="search"]', (forms) =>
    forms.map((f) => f.getAttribute('aria-label')),
  )
  expect(labels).toEqual(['Szybkie wyszukiwanie', 'Wyszukiwanie informacji prasowych'])
  const results = await new AxePuppeteer(phone).withRules(['landmark-unique']).analyze()
  expect(results.violations.map((v) => v.id)).toEqual([])
}, 120_000)
