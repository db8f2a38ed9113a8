import type { Browser } from 'puppeteer'

import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

import sharp from 'sharp'

import { launchAdminBrowser } from './helpers/browser-e2e'
import { startServer, type TestServer } from './helpers/server'

/**
 * Regenerates the newsroom's pictures in docs/screenshots/ from the sample content (phone 360 px
 * and desktop): `PRESSROOM_SCREENSHOTS=1 npm test -- tests/newsroom-screenshots.test.ts`.
 */
const enabled = process.env.PRESSROOM_SCREENSHOTS === '1'
const out = path.resolve('docs/screenshots')

let server: TestServer
let browser: Browser

;(enabled ? describe : describe.skip)(
  enabled
    ? 'newsroom screenshots'
    : 'skipped: regenerates docs/screenshots only with PRESSROOM_SCREENSHOTS=1',
  () => {
    beforeAll(async () => {
      server = await startServer('newsroom-screens')
      await promisify(execFile)(process.execPath, ['scripts/run.mjs', 'seed'], {
        env: { ...process.env, NODE_OPTIONS: '', ...server.env },
      })
      browser = await launchAdminBrowser()
    }, 300_000)
    afterAll(async () => {
      await browser?.close()
      await server?.stop()
    })

    it('shoots the home and a release page on a phone and a desktop', async () => {
      const page = await browser.newPage()
      await page.goto(`${server.url}/pl`, { waitUntil: 'networkidle0' })
      const slug = await page.$eval('.release-card h2 a', (a) =>
        a.getAttribute('href')!.split('/').pop()!,
      )
      for (const [name, url] of [
        ['home', '/pl'],
        ['release', `/pl/${slug}`],
      ]) {
        for (const [device, width, height] of [
          ['phone', 360, 760],
          ['desktop', 1280, 860],
        ] as const) {
          await page.setViewport({ width, height })
          await page.goto(`${server.url}${url}`, { waitUntil: 'networkidle0' })
          // A palette PNG keeps the README's pictures small (a quarter of the size).
          const shot = await page.screenshot()
          await sharp(shot)
            .png({ palette: true, quality: 90, compressionLevel: 9 })
            .toFile(path.join(out, `newsroom-${name}-${device}.png`))
        }
      }
      expect(slug).toBeTruthy()
    }, 120_000)
  },
)
