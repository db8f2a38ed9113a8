import type { Browser, BrowserContext, Page } from 'puppeteer'

import fs from 'node:fs'
import path from 'node:path'

import { launchAdminBrowser, loginThroughForm } from './helpers/browser-e2e'
import { login, startServer, type TestServer, withoutSecondPairOfEyes } from './helpers/server'

/**
 * The audit trail as an admin uses it, in a real Chromium against the built app: the Polish list
 * with its entries, the filter by day, the CSV form that downloads the file; an editor is not
 * shown it. Screenshots go to $PRESSROOM_SCREENSHOTS when set.
 */
let server: TestServer
let browser: Browser
const contexts: BrowserContext[] = []
const accounts = {
  admin: { email: 'admin@krakow.test', password: 'admin-pass-123', name: 'Anna Admin' },
  editor: { email: 'editor@krakow.test', password: 'editor-pass-123', name: 'Edyta Redaktor' },
}
type Who = keyof typeof accounts
const auth: Record<Who, string> = { admin: '', editor: '' }
let releaseId: number

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

const signIn = async (who: Who): Promise<Page> => {
  const context = await browser.createBrowserContext()
  contexts.push(context)
  const page = await context.newPage()
  await page.setExtraHTTPHeaders({ 'Accept-Language': 'pl' })
  await loginThroughForm(page, server.url, accounts[who].email, accounts[who].password)
  return page
}

const shoot = async (page: Page, name: string) => {
  const dir = process.env.PRESSROOM_SCREENSHOTS
  if (!dir) return
  fs.mkdirSync(dir, { recursive: true })
  await page.screenshot({ path: path.join(dir, name) as `${string}.png`, fullPage: true })
}

const visibleText = (page: Page) =>
  page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '))

beforeAll(async () => {
  server = await startServer('e2e-audit')
  await rest('/api/users/first-register', {
    method: 'POST',
    as: 'anonymous',
    body: JSON.stringify(accounts.admin),
  })
  auth.admin = await login(server.url, accounts.admin.email, accounts.admin.password)
  // The first tests are about the trail of one editor's publication; the review's own entries
  // are the last test's, with the second pair of eyes back on.
  await withoutSecondPairOfEyes(server.url, auth.admin)
  await rest('/api/users', {
    method: 'POST',
    body: JSON.stringify({ ...accounts.editor, role: 'editor' }),
  })
  auth.editor = await login(server.url, accounts.editor.email, accounts.editor.password)
  const release = await rest('/api/press-releases?draft=true', {
    method: 'POST',
    as: 'editor',
    body: JSON.stringify({
      headline: '=Nowe rondo na Bronowicach',
      place: 'Kraków',
      date: new Date().toISOString(),
      releaseType: 'immediate',
      _status: 'draft',
    }),
  })
  releaseId = release.id
  await rest(`/api/press-releases/${releaseId}`, {
    method: 'PATCH',
    as: 'editor',
    body: JSON.stringify({ _status: 'published' }),
  })
  browser = await launchAdminBrowser()
}, 240_000)

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {})
  await browser?.close()
  await server?.stop()
})

it('shows an admin the trail in Polish: who published which release, when, before → after', async () => {
  const page = await signIn('admin')
  await page.goto(`${server.url}/admin/collections/audit-events`, { waitUntil: 'domcontentloaded' })
  await page.waitForSelector('[data-testid="audit-csv"]')
  await page.waitForSelector('.table table')
  const text = await visibleText(page)
  await shoot(page, 'audit-trail.png')
  expect(text).toContain('Dziennik zdarzeń')
  for (const word of ['Kiedy', 'Co', 'Kto', 'Dokument', 'Zmiana (przed → po)', 'Pobierz CSV']) {
    expect(text).toContain(word)
  }
  expect(text).toContain('Publikacja')
  expect(text).toContain('Edyta Redaktor')
  expect(text).toContain('status: szkic → opublikowana')
  expect(text).toContain('rola: brak → Redaktor (publikuje)')
  expect(text).not.toMatch(/press-releases|draft → published/)
  // Nobody is offered to create one.
  expect(await page.$(`a[href$="/admin/collections/audit-events/create"]`)).toBeNull()
})

it('filters the list by day and by document, as the admin types them in the address', async () => {
  const page = await signIn('admin')
  const today = (await rest(`/api/audit-events?limit=1&sort=-id`)).docs[0].day as string
  const byDay = `where[or][0][and][0][day][equals]=${today}`
  await page.goto(`${server.url}/admin/collections/audit-events?${byDay}`, {
    waitUntil: 'domcontentloaded',
  })
  await page.waitForSelector('.table table')
  expect(await visibleText(page)).toContain('Publikacja')
  const byDoc = `where[or][0][and][0][docId][equals]=${releaseId}&where[or][0][and][1][docCollection][equals]=press-releases`
  await page.goto(`${server.url}/admin/collections/audit-events?${byDoc}`, {
    waitUntil: 'domcontentloaded',
  })
  await page.waitForSelector('.table table')
  const rows = await page.$$eval('.table tbody tr', (trs) => trs.length)
  expect(rows).toBe(2) // created, published
  const none = `where[or][0][and][0][day][equals]=1999-01-01`
  await page.goto(`${server.url}/admin/collections/audit-events?${none}`, {
    waitUntil: 'domcontentloaded',
  })
  await page.waitForSelector('[data-testid="audit-csv"]')
  expect(await page.$('.table tbody tr')).toBeNull()
})

it('downloads the CSV from the form, with the formula-looking headline neutralised', async () => {
  const page = await signIn('admin')
  await page.goto(`${server.url}/admin/collections/audit-events`, { waitUntil: 'domcontentloaded' })
  await page.waitForSelector('[data-testid="audit-csv"]')
  const answer = page.waitForResponse((res) => res.url().includes('/api/audit-events/csv'))
  await page.evaluate(() => {
    const form = document.querySelector<HTMLFormElement>('[data-testid="audit-csv"]')!
    form.querySelector<HTMLInputElement>('input[name="from"]')!.value = '2000-01-01'
    form.requestSubmit()
  })
  const res = await answer
  expect(res.status()).toBe(200)
  expect(res.headers()['content-disposition']).toMatch(
    /attachment; filename="dziennik-zdarzen-od-2000-01-01\.csv"/,
  )
  const csv = await (
    await fetch(`${server.url}/api/audit-events/csv?from=2000-01-01`, {
      headers: { Authorization: auth.admin },
    })
  ).text()
  expect(csv).toContain(",'=Nowe rondo na Bronowicach,")
  expect(csv).not.toMatch(/,=Nowe rondo/)
})

it('answers the CSV 400 naming the field, in Polish, and 403 to an editor', async () => {
  const bad = await fetch(`${server.url}/api/audit-events/csv?to=wczoraj`, {
    headers: { Authorization: auth.admin, 'Accept-Language': 'pl' },
  })
  expect(bad.status).toBe(400)
  expect((await bad.json()).errors[0].message).toMatch(/^Pole „to”: podaj dzień/)
  const editor = await fetch(`${server.url}/api/audit-events/csv`, {
    headers: { Authorization: auth.editor },
  })
  expect(editor.status).toBe(403)
  const anonymous = await fetch(`${server.url}/api/audit-events/csv`)
  expect(anonymous.status).toBe(401)
})

it('does not show an editor the trail', async () => {
  const page = await signIn('editor')
  const nav = await visibleText(page)
  expect(nav).not.toContain('Dziennik zdarzeń')
})

it('records the review: submit, return with its comment, force-publish with its reason, approval afterwards', async () => {
  const office = await fetch(`${server.url}/api/globals/press-office`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: auth.admin },
    body: JSON.stringify({ secondPairOfEyes: true }),
  })
  expect(office.status).toBe(200)
  const release = await rest('/api/press-releases?draft=true', {
    method: 'POST',
    as: 'editor',
    body: JSON.stringify({
      headline: 'Nocne kursy tramwajów w sylwestra',
      lead: 'W noc sylwestrową tramwaje linii 4, 8 i 52 pojadą co 15 minut.',
      place: 'Kraków',
      date: new Date().toISOString(),
      releaseType: 'immediate',
      _status: 'draft',
    }),
  })
  await rest(`/api/press-releases/${release.id}/submit`, { method: 'POST', as: 'editor' })
  await rest(`/api/press-releases/${release.id}/return`, {
    method: 'POST',
    body: JSON.stringify({ comment: 'Dopisz, skąd odjeżdżają tramwaje.' }),
  })
  await rest(
    `/api/press-releases/${release.id}?forceReason=${encodeURIComponent('Informacja pilna: zmiana od dziś')}`,
    {
      method: 'PATCH',
      as: 'editor',
      body: JSON.stringify({ _status: 'published' }),
    },
  )
  await rest(`/api/press-releases/${release.id}/approve-forced`, { method: 'POST' })
  const { docs } = await rest(
    `/api/audit-events?where[docId][equals]=${release.id}&where[docCollection][equals]=press-releases&sort=id&limit=50&depth=0`,
  )
  const entries = docs as { action: string; actorName: string; reason: string | null }[]
  expect(entries.map((e) => [e.action, e.actorName])).toEqual([
    ['create', 'Edyta Redaktor'],
    ['submit', 'Edyta Redaktor'],
    ['return', accounts.admin.name],
    ['force-publish', 'Edyta Redaktor'],
    ['approve-forced', accounts.admin.name],
  ])
  expect(entries.find((e) => e.action === 'force-publish')?.reason).toBe(
    'Informacja pilna: zmiana od dziś',
  )
})
