import type { Browser } from 'puppeteer'
import type { Payload } from 'payload'

import { AxePuppeteer } from '@axe-core/puppeteer'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { launchAdminBrowser } from './helpers/browser-e2e'
import { makeNewsroomContent, type NewsroomContent } from './helpers/newsroom-content'
import { localPayloadOf, startServer, type TestServer } from './helpers/server'

/** The newsroom in a real Chromium: accessibility (axe-core), keyboard, and hostile content. */
let server: TestServer
let local: Payload
let content: NewsroomContent
let browser: Browser
let listener: http.Server
const heard: string[] = []

beforeAll(async () => {
  listener = http.createServer((req, res) => {
    heard.push(req.url ?? '')
    res.end('')
  })
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve))
  const hostileHost = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`
  server = await startServer('newsroom-browser')
  local = await localPayloadOf(server)
  content = await makeNewsroomContent(local, { hostileHost })
  browser = await launchAdminBrowser()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await local?.destroy()
  await server?.stop()
  await new Promise((resolve) => listener?.close(resolve))
})

const open = async (path: string, width = 1280) => {
  const page = await browser.newPage()
  await page.setViewport({ width, height: 900 })
  const res = await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle0' })
  return { page, status: res?.status() }
}

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  const pages = () => [
    ['home', '/pl'],
    ['home', '/uk'],
    ['release', `/pl/${content.published.slug}`],
    ['release', `/uk/${content.polishOnly.slug}`],
    ['search', '/pl/search?q=tramwaj'],
    ['search', '/uk/search?q=kazimierz'],
    ['pack', `/pl/packs/${content.pack.slug}`],
    ['pack', `/uk/packs/${content.pack.slug}`],
    ['contacts', '/uk/contacts'],
    ['404', '/pl/nie-ma-takiej-strony'],
    ['404', `/uk/${content.embargoed.slug}`],
  ]

  it('finds no serious or critical violation on the home, release, search, pack, contacts and 404 pages in pl and uk', async () => {
    const found: string[] = []
    for (const [kind, path] of pages()) {
      const { page } = await open(path, kind === 'release' ? 360 : 1280)
      const lang = await page.evaluate(() => document.documentElement.lang)
      expect([path, lang]).toEqual([path, path.split('/')[1]])
      const results = await new AxePuppeteer(page)
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze()
      for (const v of results.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      )) {
        found.push(
          `${path}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        )
      }
      await page.close()
    }
    expect(found).toEqual([])
  }, 240_000)

  it('gives every image an alt text and the article the language it is written in', async () => {
    const { page } = await open(`/uk/${content.polishOnly.slug}`)
    expect(await page.$eval('article', (a) => a.getAttribute('lang'))).toBe('pl')
    await page.close()
    const release = await open(`/pl/${content.published.slug}`)
    const alts = await release.page.$$eval('img', (imgs) => imgs.map((i) => i.getAttribute('alt')))
    expect(alts.length).toBeGreaterThan(0)
    for (const alt of alts) expect(alt).not.toBeNull()
    await release.page.close()
  }, 60_000)

  it('can be used with the keyboard: skip link first, then through to the downloads', async () => {
    const { page } = await open(`/pl/${content.published.slug}`)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#content')
    await page.keyboard.press('Enter')
    const reached = new Set<string>()
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab')
      reached.add(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''))
    }
    expect([...reached]).toEqual(expect.arrayContaining(['PDF', 'HTML', 'TXT', 'Kopiuj tekst']))
    await page.close()
  }, 60_000)
})

describe('hostile content', () => {
  it('renders hostile HTML in a release as inert text: the loopback listener hears nothing', async () => {
    heard.length = 0
    const { page, status } = await open(`/pl/${content.hostile!.slug}`)
    expect(status).toBe(200)
    const text = await page.$eval('article', (a) => a.textContent ?? '')
    expect(text).toContain('<img src=')
    expect(await page.$$('article iframe, article script, .body img')).toHaveLength(0)
    // The javascript: link keeps its words and loses its address.
    expect(text).toContain('kliknij')
    expect(await page.$$('a[href^="javascript"]')).toHaveLength(0)
    await page.close()
    const list = await open('/pl')
    await list.page.close()
    expect(heard).toEqual([])
  }, 60_000)
})
