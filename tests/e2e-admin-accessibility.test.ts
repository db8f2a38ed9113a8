import type { Browser, Page } from 'puppeteer'
import type { Payload } from 'payload'

import { violationsOn } from './helpers/axe'
import { launchAdminBrowser, loginThroughForm } from './helpers/browser-e2e'
import { makeNewsroomContent, type NewsroomContent } from './helpers/newsroom-content'
import { localPayloadOf, startServer, type TestServer } from './helpers/server'

/**
 * Our own components in the Polish admin under axe-core's WCAG 2.1 A/AA rules, no violation of
 * any impact. axe runs scoped to each component's root element: the rest of the screen is
 * Payload's own UI (its navigation, form fields, list table), which is not ours to change — its
 * findings would go to Payload, not into our code.
 */
let server: TestServer
let local: Payload
let content: NewsroomContent
let browser: Browser
let page: Page
const admin = { email: 'admin@krakow.test', password: 'admin-pass-123', name: 'Anna Admin' }

beforeAll(async () => {
  server = await startServer('e2e-admin-accessibility')
  const first = await fetch(`${server.url}/api/users/first-register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(admin),
  })
  expect(first.status).toBeLessThan(300)
  local = await localPayloadOf(server)
  content = await makeNewsroomContent(local)
  // The crisis panel shows only in a crisis: a notice on and the publication freeze held.
  await local.updateGlobal({
    slug: 'press-office',
    data: {
      emergency: {
        active: true,
        kind: 'mourning',
        heading: 'Żałoba w Krakowie',
        text: 'Prezydent Miasta ogłosił trzydniową żałobę.',
      },
      freeze: { active: true, reason: 'Żałoba' },
    } as never,
    overrideAccess: true,
  })
  // The review panel has something to show once a draft waits for review.
  const token = (
    await (
      await fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(admin),
      })
    ).json()
  ).token
  const submitted = await fetch(`${server.url}/api/press-releases/${content.draft.id}/submit`, {
    method: 'POST',
    headers: { Authorization: `JWT ${token}` },
  })
  expect(submitted.status).toBe(200)
  browser = await launchAdminBrowser()
  page = await browser.newPage()
  await page.setExtraHTTPHeaders({ 'Accept-Language': 'pl' })
  await loginThroughForm(page, server.url, admin.email, admin.password)
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await local?.destroy()
  await server?.stop()
})

/** axe on each of our roots on the current screen; every root must be there and drawn (axe skips what is hidden). */
const checkRoots = async (roots: string[]) => {
  const found: string[] = []
  for (const root of roots) {
    const box = await (await page.waitForSelector(root, { timeout: 30_000 }))!.boundingBox()
    expect([root, (box?.height ?? 0) > 0]).toEqual([root, true])
    for (const line of await violationsOn(page, root)) found.push(`${root}: ${line}`)
  }
  return found
}

it('dashboard: the crisis panel and the press office dashboard', async () => {
  await page.goto(`${server.url}/admin`, { waitUntil: 'networkidle0' })
  await page.waitForSelector('[data-testid="crisis-panel"][data-state="frozen"]')
  expect(
    await checkRoots(['[data-testid="crisis-panel"]', '[data-testid="press-office-dashboard"]']),
  ).toEqual([])
}, 120_000)

it('a published release: its export buttons, notices and the distribution panel', async () => {
  await page.goto(`${server.url}/admin/collections/press-releases/${content.published.id}`, {
    waitUntil: 'networkidle0',
  })
  expect(
    await checkRoots([
      '[data-testid="release-actions"]',
      '[data-testid="release-notices"]',
      '[data-testid="distribution-panel"]',
    ]),
  ).toEqual([])
}, 120_000)

it('a draft waiting for review: the review panel', async () => {
  await page.goto(`${server.url}/admin/collections/press-releases/${content.draft.id}`, {
    waitUntil: 'networkidle0',
  })
  await page.waitForSelector('[data-testid="review-waiting"]')
  expect(
    await checkRoots(['[data-testid="review-panel"]', '[data-testid="release-notices"]']),
  ).toEqual([])
}, 120_000)

it('the release import form, open', async () => {
  await page.goto(`${server.url}/admin/collections/press-releases`, { waitUntil: 'networkidle0' })
  await (await page.waitForSelector('[data-testid="import-release"] button'))!.click()
  await page.waitForSelector('[data-testid="import-release"] input[type="file"]')
  expect(await checkRoots(['[data-testid="import-release"]'])).toEqual([])
}, 120_000)

it('the journalists import', async () => {
  await page.goto(`${server.url}/admin/collections/journalists`, { waitUntil: 'networkidle0' })
  expect(await checkRoots(['[data-testid="journalist-import"]'])).toEqual([])
}, 120_000)
