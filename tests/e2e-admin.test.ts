import type { Browser, BrowserContext, ElementHandle, Page } from 'puppeteer'

import path from 'node:path'
import { extractText, getDocumentProxy } from 'unpdf'

import { fixturePath } from './helpers/content'
import {
  launchAdminBrowser,
  loginThroughForm,
  openReleaseAt,
  scheduleInDrawerAt,
  textOf,
} from './helpers/browser-e2e'
import {
  login,
  serverDatabase,
  startServer,
  type TestServer,
  withoutSecondPairOfEyes,
} from './helpers/server'

/**
 * The press officer's day in a real Chromium against the built app: one server, one browser, an
 * editor (publishes, does not approve) and an admin who approves quotes. Each test makes the
 * releases and quotes it needs, so any one of them runs alone (`-t`) and a failure stays its own.
 */
let server: TestServer
let browser: Browser
let editorContext: BrowserContext
let editor: Page
const auth: Record<'admin' | 'editor', string> = { admin: '', editor: '' }
const accounts = {
  admin: { email: 'admin@krakow.test', password: 'admin-pass-123' },
  editor: { email: 'editor@krakow.test', password: 'editor-pass-123' },
}
let mayorId: number

const rest = async (
  path: string,
  init: RequestInit & { as?: 'admin' | 'editor' | 'anonymous' } = {},
) => {
  const as = init.as ?? 'admin'
  const res = await fetch(`${server.url}${path}`, {
    ...init,
    headers: {
      'Content-Type': 'application/json',
      ...(as === 'anonymous' ? {} : { Authorization: auth[as] }),
      ...(init.headers ?? {}),
    },
  })
  const json = await res.json()
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`)
  return json.doc ?? json
}

/** fetch() inside the page, with the browser's session cookie, as the admin UI does. */
const pageFetch = (page: Page, path: string, init: { method?: string; body?: string } = {}) =>
  page.evaluate(
    async (p, i) => {
      const res = await fetch(p, { ...i, headers: { 'Content-Type': 'application/json' } })
      const type = res.headers.get('content-type') ?? ''
      const bytes = new Uint8Array(await res.arrayBuffer())
      let binary = ''
      for (const b of bytes) binary += String.fromCharCode(b)
      return { status: res.status, type, base64: btoa(binary) }
    },
    path,
    init,
  )

const openRelease = (page: Page, id: number) => openReleaseAt(page, server.url, id)

const statusCell = async (page: Page, title: string) => {
  await page.goto(`${server.url}/admin/collections/press-releases`, {
    waitUntil: 'domcontentloaded',
  })
  await page.waitForSelector('.release-status')
  return page.evaluate((t) => {
    const row = [...document.querySelectorAll('tbody tr')].find((r) => r.textContent?.includes(t))
    const cell = row?.querySelector<HTMLElement>('.release-status')
    return cell ? { state: cell.dataset.state, text: cell.innerText.replace(/\s+/g, ' ') } : null
  }, title)
}

const scheduleInDrawer = (page: Page, id: number) => scheduleInDrawerAt(page, server.url, id)

/** A quote by the mayor, written by the editor; approved by the admin when asked. */
const makeQuote = async (text: string, status: 'pending' | 'approved'): Promise<number> => {
  const { id } = await rest('/api/quotes', {
    method: 'POST',
    as: 'editor',
    body: JSON.stringify({ text, speaker: mayorId }),
  })
  if (status === 'approved') {
    await rest(`/api/quotes/${id}/review`, {
      method: 'POST',
      body: JSON.stringify({ decision: 'approved' }),
    })
  }
  return id
}

/** A release dated today: a draft saved by the editor, or published by the admin. */
const makeRelease = async (
  headline: string,
  options: { status?: 'draft' | 'published'; quotes?: number[]; lead?: string } = {},
): Promise<number> => {
  const { status = 'draft', ...fields } = options
  const doc = await rest(`/api/press-releases${status === 'draft' ? '?draft=true' : ''}`, {
    method: 'POST',
    as: status === 'draft' ? 'editor' : 'admin',
    body: JSON.stringify({
      headline,
      place: 'Kraków',
      date: new Date().toISOString(),
      _status: status,
      ...fields,
    }),
  })
  return doc.id
}

/**
 * The schedule banner's text on the current page once its fetch has settled ('' when all is on
 * time): waiting for it first, so "no warning" never means "not loaded yet".
 */
const scheduleBanner = async (page: Page, testId: 'schedule-overdue' | 'schedule-failed') => {
  await page.waitForSelector('[data-testid="schedule-health"]')
  const banner = await page.$(`[data-testid="${testId}"]`)
  return banner ? (await banner.evaluate((el) => el.textContent ?? '')).replace(/\s+/g, ' ') : ''
}

/** Makes the release's queued publication due `minutes` ago, as if the clock had moved on. */
const makeDue = async (id: number, minutes: number) => {
  const { db, ids } = await jobsOf(id)
  try {
    expect(ids).toHaveLength(1)
    await db.execute({
      sql: 'update payload_jobs set wait_until = ? where id = ?',
      args: [new Date(Date.now() - minutes * 60_000).toISOString(), ids[0]!],
    })
  } finally {
    db.close()
  }
}

const jobsOf = async (id: number) => {
  const db = await serverDatabase(server)
  try {
    const { rows } = await db.execute(
      'select id, input from payload_jobs where completed_at is null',
    )
    return {
      db,
      ids: rows
        .filter((r) => JSON.parse(String(r.input)).doc?.value == id)
        .map((r) => Number(r.id)),
    }
  } catch (error) {
    db.close()
    throw error
  }
}

beforeAll(async () => {
  server = await startServer('e2e-admin')
  await rest('/api/users/first-register', {
    method: 'POST',
    as: 'anonymous',
    body: JSON.stringify({ ...accounts.admin, name: 'Anna Admin' }),
  })
  auth.admin = await login(server.url, accounts.admin.email, accounts.admin.password)
  await withoutSecondPairOfEyes(server.url, auth.admin)
  await rest('/api/users', {
    method: 'POST',
    body: JSON.stringify({ ...accounts.editor, name: 'Edyta Redaktor', role: 'editor' }),
  })
  auth.editor = await login(server.url, accounts.editor.email, accounts.editor.password)
  mayorId = (
    await rest('/api/people', {
      method: 'POST',
      body: JSON.stringify({ name: 'Jan Prezydent', role: 'Prezydent Miasta Krakowa' }),
    })
  ).id

  browser = await launchAdminBrowser()
  editorContext = await browser.createBrowserContext()
  editor = await editorContext.newPage()
  await editor.setExtraHTTPHeaders({ 'Accept-Language': 'pl' })
  await loginThroughForm(editor, server.url, accounts.editor.email, accounts.editor.password)
}, 300_000) // includes `next build` when the sources changed: 30–90 s, more while other suites run

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

it('shows the pending quote in the release and refuses to publish, naming the quote', async () => {
  const quoteId = await makeQuote(
    'Tramwaj do Mistrzejowic to obietnica, którą dziś spełniamy.',
    'pending',
  )
  const id = await makeRelease('Rozkład tramwajów do Mistrzejowic', { quotes: [quoteId] })
  await openRelease(editor, id)
  const quotes = await textOf(editor, '[data-testid="quote-statuses"]')
  expect(quotes).toContain('Tramwaj do Mistrzejowic to obietnica')
  expect(quotes).toContain('czeka na zatwierdzenie')

  await editor.click('#action-save')
  const toast = await textOf(editor, '[data-sonner-toast]')
  expect(toast).toMatch(
    /Nie można opublikować: cytat „Tramwaj do Mistrzejowic.*” \(Jan Prezydent\) czeka na zatwierdzenie/,
  )
  const doc = await rest(`/api/press-releases/${id}?draft=true`, { as: 'editor' })
  expect(doc._status).toBe('draft')
})

it('lets an approver approve the quote from the dashboard; an editor cannot', async () => {
  const quoteId = await makeQuote('Każda dzielnica dostanie swój park kieszonkowy.', 'pending')
  const refused = await pageFetch(editor, `/api/quotes/${quoteId}/review`, {
    method: 'POST',
    body: JSON.stringify({ decision: 'approved' }),
  })
  expect(refused.status).toBe(403)
  await editor.goto(`${server.url}/admin`, { waitUntil: 'domcontentloaded' })
  await editor.waitForSelector('[data-testid="quote-reviews"]')
  expect(await editor.$('[data-testid="quote-reviews"] [data-decision]')).toBeNull()

  const approverContext = await browser.createBrowserContext()
  const approver = await approverContext.newPage()
  await approver.setExtraHTTPHeaders({ 'Accept-Language': 'pl' })
  await loginThroughForm(approver, server.url, accounts.admin.email, accounts.admin.password)
  const item = `[data-testid="quote-review"][data-quote-id="${quoteId}"]`
  await approver.waitForSelector(item)
  await approver.type(`${item} input`, 'Zgodne z nagraniem')
  await approver.click(`${item} [data-decision="approved"]`)
  await approver.waitForSelector(item, { hidden: true })
  await approverContext.close()

  const quote = await rest(`/api/quotes/${quoteId}`)
  expect(quote).toMatchObject({ status: 'approved', reviewComment: 'Zgodne z nagraniem' })
  expect(quote.approvedBy?.email ?? quote.approvedBy).toBeTruthy()
})

it('publishes from the edit view once the quote is approved, and lists it as Published', async () => {
  const title = 'Nowa pętla tramwajowa w Mistrzejowicach'
  const quoteId = await makeQuote('Pętla będzie gotowa przed zimą.', 'approved')
  const id = await makeRelease(title, { quotes: [quoteId] })
  await openRelease(editor, id)
  expect(await textOf(editor, '[data-testid="quote-statuses"]')).toContain('zatwierdzony')
  await editor.click('#action-save')
  await editor.waitForSelector('[data-sonner-toast][data-type="success"]')
  expect(await statusCell(editor, title)).toEqual({ state: 'published', text: 'Opublikowany PL' })
})

describe('a release scheduled in the drawer', () => {
  it('is listed as Scheduled with its time, and the admin warns once the job is overdue', async () => {
    const title = 'Nocna linia 902 wraca na Nową Hutę'
    const published = 'Rozkład linii 4 bez zmian'
    await makeRelease(published, { status: 'published' })
    const id = await makeRelease(title)
    await scheduleInDrawer(editor, id)
    const scheduled = await statusCell(editor, title)
    expect(scheduled?.state).toBe('scheduled')
    expect(scheduled?.text).toMatch(/Zaplanowany \d{1,2} \S+ \d{4}, \d{2}:\d{2}/)
    expect(await scheduleBanner(editor, 'schedule-overdue')).not.toContain(title)

    await editor.waitForSelector('[data-testid="status-filters"][data-ready]')
    await Promise.all([
      editor.waitForNavigation({ waitUntil: 'domcontentloaded' }),
      editor.click('[data-status-filter="scheduled"]'),
    ])
    await editor.waitForSelector('.release-status')
    const rows = await editor.$$eval('tbody tr', (trs) =>
      trs.map((tr) => ({
        text: tr.textContent ?? '',
        state: tr.querySelector<HTMLElement>('.release-status')?.dataset.state,
      })),
    )
    expect(rows.map((r) => r.state)).toEqual(rows.map(() => 'scheduled'))
    expect(rows.some((r) => r.text.includes(title))).toBe(true)
    expect(rows.some((r) => r.text.includes(published))).toBe(false)

    // The clock moves on: the job fell due five minutes ago and nothing ran it.
    await makeDue(id, 5)
    await statusCell(editor, title)
    expect(await scheduleBanner(editor, 'schedule-overdue')).toContain(title)
  })

  it('is published when the due jobs run', async () => {
    const title = 'Nocna linia 903 jeździ także w niedziele'
    const id = await makeRelease(title)
    await scheduleInDrawer(editor, id)
    await makeDue(id, 1)
    const run = await pageFetch(editor, '/api/payload-jobs/run?queue=default')
    expect(run.status).toBe(200)
    const published = await statusCell(editor, title)
    expect(await scheduleBanner(editor, 'schedule-overdue')).not.toContain(title)
    expect(await scheduleBanner(editor, 'schedule-failed')).not.toContain(title)
    expect(published).toEqual({ state: 'published', text: expect.stringContaining('Opublikowany') })
  })
})

it('downloads the PDF through the edit view button, with the release text in it', async () => {
  const quoteId = await makeQuote(
    'Tramwaj do Mistrzejowic to obietnica, którą dziś spełniamy.',
    'approved',
  )
  const id = await makeRelease('Tramwaj dojedzie do Mistrzejowic w grudniu', {
    status: 'published',
    quotes: [quoteId],
    lead: 'Nowa linia tramwajowa połączy Mistrzejowice z centrum Krakowa od 14 grudnia.',
  })
  await openRelease(editor, id)
  const links = await editor.$$eval('[data-testid="release-actions"] a', (as) =>
    Object.fromEntries(as.map((a) => [a.textContent, a.getAttribute('href')])),
  )
  expect(links).toEqual({
    Podgląd: `/api/press-releases/${id}/html?locale=pl&draft=true`,
    // Published with no later edit: the downloads are the published version, no DRAFT mark.
    'Pobierz PDF': `/api/press-releases/${id}/pdf?locale=pl`,
    HTML: `/api/press-releases/${id}/html?locale=pl`,
    TXT: `/api/press-releases/${id}/txt?locale=pl`,
  })
  const inLocale = async (locale: 'pl' | 'en') => {
    await editor.goto(`${server.url}/admin/collections/press-releases/${id}?locale=${locale}`, {
      waitUntil: 'domcontentloaded',
    })
    await editor.waitForSelector('[data-testid="release-notices"]')
  }
  try {
    await inLocale('en')
    expect(
      await editor.$eval('[data-testid="release-actions"] a', (a) => a.getAttribute('href')),
    ).toBe(`/api/press-releases/${id}/html?locale=en&draft=true`)
  } finally {
    // The admin remembers the locale: back to Polish, whatever happened, for the other tests.
    await inLocale('pl')
  }

  const pdf = await pageFetch(editor, links['Pobierz PDF']!)
  expect(pdf).toMatchObject({ status: 200, type: 'application/pdf' })
  const doc = await getDocumentProxy(new Uint8Array(Buffer.from(pdf.base64, 'base64')))
  const { text } = await extractText(doc, { mergePages: true })
  expect(text).toContain('Tramwaj dojedzie do Mistrzejowic')
  expect(text).toContain('Jan Prezydent')
  expect(text).not.toMatch(/SZKIC|DRAFT/)
})

it("keeps an embargoed release's PDF from an anonymous browser", async () => {
  const embargoed = await rest('/api/press-releases', {
    method: 'POST',
    body: JSON.stringify({
      headline: 'Budżet miasta na 2027 rok',
      place: 'Kraków',
      date: new Date().toISOString(),
      releaseType: 'embargoed',
      embargoUntil: new Date(Date.now() + 2 * 3600_000).toISOString(),
      _status: 'published',
    }),
  })
  const cell = await statusCell(editor, 'Budżet miasta na 2027 rok')
  expect(cell?.state).toBe('embargoed')
  expect(cell?.text).toContain('Embargo do')
  const staff = await pageFetch(editor, `/api/press-releases/${embargoed.id}/pdf?locale=pl`)
  expect(staff.status).toBe(200)

  const anonymousContext = await browser.createBrowserContext()
  const anonymous = await anonymousContext.newPage()
  const res = await anonymous.goto(`${server.url}/api/press-releases/${embargoed.id}/pdf?locale=pl`)
  expect(res?.status()).toBe(404)
  expect(res?.headers()['content-type']).not.toContain('pdf')
  await anonymousContext.close()
})

it('imports a .txt from the releases list and opens the new draft', async () => {
  await editor.goto(`${server.url}/admin/collections/press-releases`, {
    waitUntil: 'domcontentloaded',
  })
  await editor.waitForSelector('.release-status')
  // A click that lands before React has hydrated the list opens nothing: click the "Import"
  // button again until its form is there (once open, the button is gone).
  const opened = await editor.waitForFunction(
    () => {
      const root = document.querySelector('[data-testid="import-release"]')
      const file = root?.querySelector('input[type="file"]')
      if (!file) root?.querySelector('button')?.click()
      return file
    },
    { polling: 1000, timeout: 60_000 },
  )
  const input = opened.asElement() as ElementHandle<HTMLInputElement>
  await input.uploadFile(fixturePath('import-hard-wrapped-pl.txt'))
  await Promise.all([
    editor.waitForFunction(() => /\/collections\/press-releases\/\d+/.test(location.pathname)),
    editor.click('[data-testid="import-release"] button[type="submit"]'),
  ])
  const field = await editor.waitForSelector('input[name="headline"]')
  await editor.waitForFunction((el) => (el as HTMLInputElement).value !== '', {}, field)
  expect(await field!.evaluate((el) => (el as HTMLInputElement).value)).toBe(
    'Nocne autobusy wracają na Nową Hutę',
  )
  const id = Number(editor.url().match(/press-releases\/(\d+)/)![1])
  expect(await rest(`/api/press-releases/${id}?draft=true`)).toMatchObject({ _status: 'draft' })
})

it('warns in the edit view that an edit saved after scheduling is not part of the scheduled version', async () => {
  const later = await rest('/api/press-releases?draft=true', {
    method: 'POST',
    as: 'editor',
    body: JSON.stringify({
      headline: 'Nowe godziny otwarcia urzędu',
      place: 'Kraków',
      date: new Date().toISOString(),
      _status: 'draft',
    }),
  })
  await scheduleInDrawer(editor, later.id)
  await openRelease(editor, later.id)
  expect(await textOf(editor, '[data-testid="schedule-notice"]')).toContain(
    'Zaplanowana publikacja',
  )
  expect(await editor.$('[data-testid="later-edit"]')).toBeNull()

  await rest(`/api/press-releases/${later.id}?draft=true`, {
    method: 'PATCH',
    as: 'editor',
    body: JSON.stringify({ lead: 'Od poniedziałku urząd przyjmuje do 18:00.' }),
  })
  await openRelease(editor, later.id)
  expect(await textOf(editor, '[data-testid="later-edit"]')).toContain(
    'nie wejdą do zaplanowanej publikacji',
  )

  await editor.goto(`${server.url}/admin`, { waitUntil: 'domcontentloaded' })
  expect(await textOf(editor, '[data-testid="upcoming"]')).toContain('Nowe godziny otwarcia urzędu')
})

it('offers the pack PDF and ZIP in the press pack edit view', async () => {
  const releaseId = await makeRelease('Tramwaj do Mistrzejowic: pakiet dla mediów', {
    status: 'published',
  })
  const pack = await rest('/api/press-packs', {
    method: 'POST',
    body: JSON.stringify({
      title: 'Tramwaj do Mistrzejowic',
      date: new Date().toISOString(),
      releases: [releaseId],
      _status: 'published',
    }),
  })
  await editor.goto(`${server.url}/admin/collections/press-packs/${pack.id}`, {
    waitUntil: 'domcontentloaded',
  })
  await editor.waitForSelector('[data-testid="pack-actions"]')
  const links = await editor.$$eval('[data-testid="pack-actions"] a', (as) =>
    as.map((a) => a.getAttribute('href')!),
  )
  expect(links).toEqual([
    `/api/press-packs/${pack.id}/pdf?locale=pl&draft=true`,
    `/api/press-packs/${pack.id}/zip?locale=pl&draft=true`,
  ])
  const zip = await pageFetch(editor, links[1]!)
  expect(zip).toMatchObject({ status: 200, type: 'application/zip' })
  expect(Buffer.from(zip.base64, 'base64').subarray(0, 2).toString()).toBe('PK')
})

it('keeps the admin endpoints for staff, with one-line errors for bad input', async () => {
  const quoteId = await makeQuote('Opłata za śmieci nie wzrośnie w przyszłym roku.', 'pending')
  await rest('/api/press-releases', {
    method: 'POST',
    body: JSON.stringify({
      headline: 'Nowe stawki za wywóz odpadów',
      place: 'Kraków',
      date: new Date().toISOString(),
      releaseType: 'embargoed',
      embargoUntil: new Date(Date.now() + 3 * 3600_000).toISOString(),
      _status: 'published',
    }),
  })
  const anonymous = async (path: string, init: RequestInit = {}) =>
    (await fetch(`${server.url}${path}`, init)).status
  expect(await anonymous('/api/press-releases/schedule-health')).toBe(401)
  expect(
    await anonymous(`/api/quotes/${quoteId}/review`, {
      method: 'POST',
      body: '{"decision":"rejected"}',
    }),
  ).toBe(401)
  const form = new FormData()
  form.append('file', new Blob(['Tytuł\n\nTreść.']), 'r.txt')
  expect(await anonymous('/api/press-releases/import', { method: 'POST', body: form })).toBe(401)

  const bad = await pageFetch(editor, `/api/quotes/${quoteId}/review`, {
    method: 'POST',
    body: '{"decision":"maybe"}',
  })
  expect(bad.status).toBe(400)
  const wrongType = await editor.evaluate(async () => {
    const body = new FormData()
    body.append('file', new Blob(['x']), 'release.pdf')
    const res = await fetch('/api/press-releases/import', { method: 'POST', body })
    return { status: res.status, json: await res.json() }
  })
  expect(wrongType).toEqual({
    status: 400,
    json: {
      errors: [
        { message: expect.stringContaining('release.pdf'), data: { key: 'refuseImportFormat' } },
      ],
    },
  })
  expect(wrongType.json.errors[0].message).not.toContain('pressroom-import-')

  const health = JSON.parse(
    Buffer.from(
      (await pageFetch(editor, '/api/press-releases/schedule-health')).base64,
      'base64',
    ).toString(),
  )
  expect(health).toMatchObject({
    timeZone: 'Europe/Warsaw',
    embargoLifts: expect.arrayContaining([
      expect.objectContaining({ headline: 'Nowe stawki za wywóz odpadów' }),
    ]),
  })
})

it('lists a published release with a newer draft as Published, with unpublished changes', async () => {
  const title = 'Nowy rozkład linii 52'
  const doc = await rest('/api/press-releases', {
    method: 'POST',
    body: JSON.stringify({
      headline: title,
      place: 'Kraków',
      date: new Date().toISOString(),
      _status: 'published',
    }),
  })
  expect(await statusCell(editor, title)).toEqual({ state: 'published', text: 'Opublikowany PL' })
  await rest(`/api/press-releases/${doc.id}?draft=true`, {
    method: 'PATCH',
    as: 'editor',
    body: JSON.stringify({ lead: 'Zmiana od 1 stycznia.', _status: 'draft' }),
  })
  expect(await statusCell(editor, title)).toEqual({
    state: 'published',
    text: 'Opublikowany + nieopublikowane zmiany PL',
  })
})

it('warns that a scheduled release will not go out while a quote waits for approval', async () => {
  const quoteId = await makeQuote('Zieleń to najlepsza inwestycja miasta.', 'pending')
  const id = await makeRelease('Park Zakrzówek otwarty przez cały rok', { quotes: [quoteId] })
  await scheduleInDrawer(editor, id)
  await openRelease(editor, id)
  const blockers = await textOf(editor, '[data-testid="schedule-blockers"]')
  expect(blockers).toContain('„Zieleń to najlepsza inwestycja miasta.” (Jan Prezydent)')
  expect(blockers).toContain('czeka na zatwierdzenie')

  // Due and run anyway: the publication fails, and the admin says so instead of staying silent.
  await makeDue(id, 1)
  expect((await pageFetch(editor, '/api/payload-jobs/run?queue=default')).status).toBe(200)
  expect((await statusCell(editor, 'Park Zakrzówek otwarty przez cały rok'))?.state).toBe('draft')
  expect(await scheduleBanner(editor, 'schedule-failed')).toContain(
    'Park Zakrzówek otwarty przez cały rok',
  )
})
