import type { Browser, Page } from 'puppeteer'

import { createClient } from '@libsql/client'
import path from 'node:path'

import {
  cancelFirstInDrawer,
  launchAdminBrowser,
  loginThroughForm,
  openReleaseAt,
  scheduleInDrawerAt,
} from './helpers/browser-e2e'
import { login, startServer, type TestServer, withoutSecondPairOfEyes } from './helpers/server'

/**
 * Scheduling and cancelling a publication in the admin's own schedule drawer (Payload's
 * schedule-publish server action, called from a real Chromium) follow the publish rule: an
 * editor may, an author may not.
 */
let server: TestServer
let browser: Browser
let editor: Page
let author: Page
let adminAuth = ''
const accounts = {
  admin: { email: 'admin@krakow.test', password: 'admin-pass-123', name: 'Anna Admin' },
  editor: { email: 'editor@krakow.test', password: 'editor-pass-123', role: 'editor' },
  author: { email: 'author@krakow.test', password: 'author-pass-123', role: 'author' },
}

const post = async (url: string, body: unknown, authorization?: string) => {
  const res = await fetch(`${server.url}${url}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(authorization ? { Authorization: authorization } : {}),
    },
    body: JSON.stringify(body),
  })
  const json = await res.json()
  if (!res.ok) throw new Error(`${url}: ${res.status} ${JSON.stringify(json)}`)
  return json.doc ?? json
}

/** The ids of the release's queued schedule-publish jobs, read from the server's database. */
const queuedFor = async (releaseId: number): Promise<number[]> => {
  const db = createClient({ url: `file:${path.join(server.dataDir, 'pressroom.db')}` })
  try {
    const { rows } = await db.execute(
      "select id, input from payload_jobs where task_slug = 'schedulePublish' and completed_at is null",
    )
    return rows
      .filter((r) => JSON.parse(String(r.input)).doc?.value == releaseId)
      .map((r) => Number(r.id))
  } finally {
    db.close()
  }
}

const signedIn = async (account: { email: string; password: string }) => {
  const page = await (await browser.createBrowserContext()).newPage()
  await page.setExtraHTTPHeaders({ 'Accept-Language': 'pl' })
  await loginThroughForm(page, server.url, account.email, account.password)
  return page
}

const draftRelease = async (headline: string): Promise<number> =>
  (
    await post(
      '/api/press-releases?draft=true',
      { headline, place: 'Kraków', date: new Date().toISOString(), _status: 'draft' },
      adminAuth,
    )
  ).id

beforeAll(async () => {
  server = await startServer('schedule-drawer')
  await post('/api/users/first-register', accounts.admin)
  adminAuth = await login(server.url, accounts.admin.email, accounts.admin.password)
  await withoutSecondPairOfEyes(server.url, adminAuth)
  await post('/api/users', { ...accounts.editor, name: 'Edyta Redaktor' }, adminAuth)
  await post('/api/users', { ...accounts.author, name: 'Adam Autor' }, adminAuth)
  browser = await launchAdminBrowser()
  editor = await signedIn(accounts.editor)
  author = await signedIn(accounts.author)
}, 300_000) // includes `next build` when the sources changed

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

it('does not offer an author the schedule menu, so no drawer can tell them it is done', async () => {
  const id = await draftRelease('Nowa ścieżka rowerowa na Kazimierzu')
  await openReleaseAt(author, server.url, id)
  expect(await author.$eval('#action-save-popup', (el) => getComputedStyle(el).display)).toBe('none')
  await openReleaseAt(editor, server.url, id)
  expect(await editor.$eval('#action-save-popup', (el) => getComputedStyle(el).display)).not.toBe(
    'none',
  )
})

it('refuses an author scheduling a publication in the drawer: no job is queued', async () => {
  const id = await draftRelease('Remont mostu Dębnickiego')
  // The menu is hidden from authors; the server refuses whoever shows it anyway.
  await scheduleInDrawerAt(author, server.url, id, { unhide: true })
  expect(await queuedFor(id)).toEqual([])
})

it("keeps an editor's scheduled publication when an author cancels it in the drawer", async () => {
  const id = await draftRelease('Nowe nasadzenia na Plantach')
  await scheduleInDrawerAt(editor, server.url, id)
  const queued = await queuedFor(id)
  expect(queued).toHaveLength(1)

  await cancelFirstInDrawer(author, server.url, id, { unhide: true })
  expect(await queuedFor(id)).toEqual(queued)
})

it('lets an editor schedule and cancel a publication in the drawer', async () => {
  const id = await draftRelease('Festiwal Pierogów na Małym Rynku')
  await scheduleInDrawerAt(editor, server.url, id)
  expect(await queuedFor(id)).toHaveLength(1)

  await cancelFirstInDrawer(editor, server.url, id)
  expect(await queuedFor(id)).toEqual([])
})
