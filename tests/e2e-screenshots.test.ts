import type { Browser, Page } from 'puppeteer'

import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

import { launchAdminBrowser, loginThroughForm } from './helpers/browser-e2e'
import { login, startServer, type TestServer, withoutSecondPairOfEyes } from './helpers/server'

/**
 * Regenerates docs/screenshots/*.png from the sample content:
 * `PRESSROOM_SCREENSHOTS=1 npm test -- tests/e2e-screenshots.test.ts`. Skipped otherwise, so the
 * committed pictures change only when someone asks for it.
 */
const enabled = process.env.PRESSROOM_SCREENSHOTS === '1'
const out = path.resolve('docs/screenshots')
const admin = { email: 'admin@krakow.test', password: 'admin-pass-123' }

let server: TestServer
let browser: Browser
let page: Page

const shoot = async (name: string, url: string, selectors: string[]) => {
  await page.goto(`${server.url}${url}`, { waitUntil: 'domcontentloaded' })
  for (const selector of selectors) await page.waitForSelector(selector)
  await page.screenshot({ path: path.join(out, `${name}.png`) })
}

;(enabled ? describe : describe.skip)(
  enabled
    ? 'admin screenshots'
    : 'skipped: regenerates docs/screenshots only with PRESSROOM_SCREENSHOTS=1',
  () => {
    beforeAll(async () => {
      server = await startServer('screens')
      await promisify(execFile)(process.execPath, ['scripts/run.mjs', 'seed'], {
        env: {
          ...process.env,
          NODE_OPTIONS: '',
          DATABASE_URL: `file:${path.join(server.dataDir, 'pressroom.db')}`,
          PRESSROOM_DATA_DIR: server.dataDir,
        },
      })
      await fetch(`${server.url}/api/users/first-register`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...admin, name: 'Anna Admin' }),
      })
      const auth = await login(server.url, admin.email, admin.password)
      await withoutSecondPairOfEyes(server.url, auth)
      const headers = { Authorization: auth, 'Content-Type': 'application/json' }
      const { docs } = await (
        await fetch(`${server.url}/api/press-releases?where[_status][equals]=published&depth=0`, {
          headers,
        })
      ).json()
      await fetch(`${server.url}/api/press-packs`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          title: 'Kraków — listopad 2026: transport i środowisko',
          date: new Date().toISOString(),
          intro: 'Najważniejsze informacje Urzędu Miasta Krakowa z listopada.',
          releases: docs.map((d: { id: number }) => d.id),
          _status: 'published',
        }),
      })
      browser = await launchAdminBrowser()
      page = await browser.newPage()
      await page.setExtraHTTPHeaders({ 'Accept-Language': 'pl' })
      await loginThroughForm(page, server.url, admin.email, admin.password)
    }, 180_000)

    afterAll(async () => {
      await browser?.close()
      await server?.stop()
    })

    it('captures the dashboard, the releases list, a release and a pack', async () => {
      await shoot('dashboard', '/admin', [
        '[data-testid="upcoming"] table',
        '[data-testid="quote-reviews"]',
      ])
      await shoot('releases-list', '/admin/collections/press-releases', [
        '.release-status',
        '[data-testid="status-filters"][data-ready]',
      ])
      const scheduled = await page.$$eval('tbody tr', (rows) =>
        rows
          .find((r) => r.querySelector('[data-state="scheduled"]'))
          ?.querySelector('a')
          ?.getAttribute('href'),
      )
      await shoot('release-edit', scheduled!, [
        '[data-testid="release-actions"]',
        '[data-testid="schedule-notice"]',
        '[data-lexical-editor="true"]',
      ])
      await shoot('press-pack', '/admin/collections/press-packs/1', [
        '[data-testid="pack-actions"]',
        '.relationship--multi-value-label',
      ])
    })
  },
)
