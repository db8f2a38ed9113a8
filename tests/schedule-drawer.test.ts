import type { Browser, Page } from 'puppeteer'

import path from 'node:path'

import {
  cancelFirstInDrawer,
  launchAdminBrowser,
  loginThroughForm,
  openReleaseAt,
  scheduleInDrawerAt,
} from './helpers/browser-e2e'
import { scheduleOverHttp } from './helpers/scheduleAction'
import {
  login,
  serverDatabase,
  startServer,
  type TestServer,
  withoutSecondPairOfEyes,
} from './helpers/server'

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
let authorAuth = ''
const authorHeaders = () => ({ Authorization: authorAuth, 'Accept-Language': 'pl' })
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
  const db = await serverDatabase(server)
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
  authorAuth = await login(server.url, accounts.author.email, accounts.author.password)
}, 300_000) // includes `next build` when the sources changed

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

it('offers an author no publish button and no schedule menu: "Przekaż do akceptacji" instead', async () => {
  const id = await draftRelease('Nowa ścieżka rowerowa na Kazimierzu')
  await openReleaseAt(author, server.url, id)
  expect(await author.$('#action-save-popup')).toBeNull()
  expect(await author.$('#action-save')).toBeNull()
  expect(await author.$('#action-submit-for-review')).not.toBeNull()
  await openReleaseAt(editor, server.url, id)
  expect(await editor.$eval('#action-save-popup', (el) => getComputedStyle(el).display)).not.toBe(
    'none',
  )
})

it("refuses an author the drawer's server function, in Polish: no job is queued", async () => {
  const id = await draftRelease('Remont mostu Dębnickiego')
  // The admin offers authors no drawer; the server refuses whoever calls its function anyway.
  const { answer } = await scheduleOverHttp(server.url, authorHeaders(), {
    releaseId: id,
    date: new Date(Date.now() + 24 * 3600_000),
  })
  expect(answer?.error).toMatch(/^Tylko redaktor może zaplanować/)
  expect(await queuedFor(id)).toEqual([])
})

it("keeps an editor's scheduled publication when an author cancels it through the drawer's function", async () => {
  const id = await draftRelease('Nowe nasadzenia na Plantach')
  await scheduleInDrawerAt(editor, server.url, id)
  const queued = await queuedFor(id)
  expect(queued).toHaveLength(1)

  const { answer } = await scheduleOverHttp(server.url, authorHeaders(), {
    releaseId: id,
    date: new Date(),
    deleteID: queued[0],
  })
  expect(answer?.error).toMatch(/^Tylko redaktor/)
  expect(await queuedFor(id)).toEqual(queued)
})

it('lets an editor schedule and cancel a publication in the drawer', async () => {
  const id = await draftRelease('Festiwal Pierogów na Małym Rynku')
  await scheduleInDrawerAt(editor, server.url, id)
  expect(await queuedFor(id)).toHaveLength(1)

  await cancelFirstInDrawer(editor, server.url, id)
  expect(await queuedFor(id)).toEqual([])

  // The audit trail has both, by the editor, with the version the schedule would publish.
  const res = await fetch(
    `${server.url}/api/audit-events?where[docCollection][equals]=press-releases&where[docId][equals]=${id}&sort=id`,
    { headers: { Authorization: adminAuth } },
  )
  const { docs } = await res.json()
  expect(docs.map((e: { action: string; actorName: string }) => [e.action, e.actorName])).toEqual([
    ['create', 'Anna Admin'],
    ['schedule', 'Edyta Redaktor'],
    ['cancel-schedule', 'Edyta Redaktor'],
  ])
  expect(docs[1].versionId).toBeTruthy()
  expect(docs[2].versionId).toBe(docs[1].versionId)
  expect(docs[2].changes.scheduledAt.from).toBe(docs[1].changes.scheduledAt.to)
})
