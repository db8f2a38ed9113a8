import type { Browser } from 'puppeteer'
import type { Payload } from 'payload'

import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { launchAdminBrowser } from './helpers/browser-e2e'
import { makeNewsroomContent, type NewsroomContent } from './helpers/newsroom-content'
import { localPayloadOf, startServer, type TestServer } from './helpers/server'

/** The newsroom in a real Chromium: alt texts and languages, and hostile content. */
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

describe('accessibility (the rest: axe, keyboard, reflow and motion are in newsroom-accessibility.test.ts)', () => {
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
