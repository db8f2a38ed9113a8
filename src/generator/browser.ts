import type { Browser, HTTPRequest, Page } from 'puppeteer'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import puppeteer from 'puppeteer'

import { findBrowser } from './findBrowser'
import { fileUrl, fontsDir, templatePath, templatesDir } from './paths'

export const launchFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
]

export class RenderTimeout extends Error {
  constructor(ms: number) {
    super(`Chromium did not finish the document within ${ms} ms`)
    this.name = 'RenderTimeout'
  }
}

/** Errors after which the browser is relaunched and the document tried once more. */
export const isBrowserFailure = (error: unknown): boolean => {
  if (error instanceof RenderTimeout) return true
  const text = `${(error as Error)?.name ?? ''} ${(error as Error)?.message ?? ''}`
  return /TargetClose|Target closed|Session closed|Connection closed|disconnected|detached|Protocol error|crash|socket hang up|ECONNRESET/i.test(
    text,
  )
}

const realpath = (file: string): string | null => {
  try {
    return fs.realpathSync(file)
  } catch {
    return null
  }
}

const within = (file: string, root: string) => file === root || file.startsWith(root + path.sep)

export type PoolOptions = {
  /** Pages printing at once (default: 2 per core). */
  size?: number
  /** Per document, from setContent to the finished PDF. */
  timeoutMs?: number
  /** Folders Chromium may read files from, besides templates/ and the shipped fonts. */
  roots?: string[]
}

type Job<T> = (page: Page) => Promise<T>

/**
 * One Chromium, a few reusable pages. Pages run no JavaScript and load nothing but data: URLs
 * and files under the allowed folders: every other request (network, other files) is refused
 * before it leaves the browser. A crashed, disconnected or hung browser is relaunched and the
 * document retried once.
 */
export class BrowserPool {
  readonly size: number
  readonly timeoutMs: number
  private roots: string[] = []
  private browser: Browser | null = null
  private launching: Promise<Browser> | null = null
  private idle: Page[] = []
  private busy = 0
  private waiting: (() => void)[] = []
  private closed = false
  /** How many times Chromium was started (tests and the benchmark read it). */
  launches = 0
  /** Requests refused since the pool started (tests read it). */
  refused: string[] = []

  constructor(options: PoolOptions = {}) {
    this.size = options.size ?? Math.max(2, os.cpus().length * 2)
    this.timeoutMs = options.timeoutMs ?? Number(process.env.PRESSROOM_PDF_TIMEOUT_MS || 30_000)
    for (const root of [templatesDir(), fontsDir(), ...(options.roots ?? [])]) this.allow(root)
  }

  /** Lets Chromium read files under `dir` (the media upload folder, for instance). */
  allow(dir: string) {
    const real = realpath(dir) ?? path.resolve(dir)
    if (!this.roots.includes(real)) this.roots.push(real)
  }

  /** The Chromium process id, while one runs. */
  pid(): number | undefined {
    return this.browser?.process()?.pid
  }

  /** Runs `job` on a page of its own; retried once on a fresh browser if Chromium failed. */
  async run<T>(job: Job<T>): Promise<T> {
    await this.takeSlot()
    try {
      try {
        return await this.attempt(job)
      } catch (error) {
        if (!isBrowserFailure(error) || this.closed) throw error
        return await this.attempt(job)
      }
    } finally {
      this.freeSlot()
    }
  }

  async close() {
    this.closed = true
    const browser = this.browser ?? (await this.launching?.catch(() => null))
    this.browser = null
    this.idle = []
    await browser?.close().catch(() => browser.process()?.kill('SIGKILL'))
  }

  private async attempt<T>(job: Job<T>): Promise<T> {
    const page = await this.takePage()
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new RenderTimeout(this.timeoutMs)), this.timeoutMs)
    })
    try {
      const result = await Promise.race([job(page), timeout])
      if (!page.isClosed() && page.browser() === this.browser) this.idle.push(page)
      return result
    } catch (error) {
      // A hung document may mean a hung browser: start afresh rather than wait on it.
      if (error instanceof RenderTimeout) this.kill(page.browser())
      else page.close().catch(() => {})
      throw error
    } finally {
      clearTimeout(timer)
    }
  }

  private kill(browser: Browser) {
    if (this.browser === browser) {
      this.browser = null
      this.idle = []
    }
    browser.process()?.kill('SIGKILL')
  }

  private takeSlot(): Promise<void> {
    if (this.busy < this.size) {
      this.busy++
      return Promise.resolve()
    }
    return new Promise((resolve) => this.waiting.push(resolve))
  }

  private freeSlot() {
    const next = this.waiting.shift()
    if (next) next()
    else this.busy--
  }

  private async takePage(): Promise<Page> {
    const browser = await this.ensureBrowser()
    while (this.idle.length) {
      const page = this.idle.pop() as Page
      if (!page.isClosed() && page.browser() === browser) return page
    }
    return this.newPage(browser)
  }

  private async newPage(browser: Browser): Promise<Page> {
    const page = await browser.newPage()
    await page.setJavaScriptEnabled(false)
    await page.setRequestInterception(true)
    page.on('request', (request) => this.screen(request))
    // Documents are written into this page, so their file: URLs resolve and load from disk.
    await page.goto(fileUrl(templatePath('base.html')), { waitUntil: 'domcontentloaded' })
    return page
  }

  private screen(request: HTTPRequest) {
    if (request.isInterceptResolutionHandled()) return
    const url = request.url()
    if (this.permits(url)) {
      request.continue().catch(() => {})
    } else {
      this.refused.push(url)
      // A refused navigation (meta refresh, frame) must not commit an error page over the
      // document being printed: "aborted" leaves the page as it was.
      request.abort(request.isNavigationRequest() ? 'aborted' : 'blockedbyclient').catch(() => {})
    }
  }

  private permits(url: string): boolean {
    if (url.startsWith('data:')) return true
    if (!url.startsWith('file:')) return false
    let file: string | null
    try {
      file = realpath(fileURLToPath(url))
    } catch {
      return false
    }
    return file !== null && this.roots.some((root) => within(file as string, root))
  }

  private async ensureBrowser(): Promise<Browser> {
    if (this.closed) throw new Error('The browser pool is closed')
    if (this.browser?.connected) return this.browser
    this.launching ??= this.launch().finally(() => {
      this.launching = null
    })
    return this.launching
  }

  private async launch(): Promise<Browser> {
    const found = await findBrowser()
    const start = () =>
      puppeteer.launch({
        executablePath: found.executablePath,
        headless: found.headless,
        args: launchFlags,
        protocolTimeout: this.timeoutMs * 2,
      })
    let browser: Browser
    try {
      browser = await start()
    } catch (error) {
      // The packaged Chromium is unpacked into /tmp on first use; another process unpacking it
      // at the same moment can make one launch fail. Once more, a moment later.
      if (found.source !== '@sparticuz/chromium') throw error
      await new Promise((resolve) => setTimeout(resolve, 1000))
      browser = await start()
    }
    this.launches++
    browser.on('disconnected', () => {
      if (this.browser === browser) {
        this.browser = null
        this.idle = []
      }
    })
    this.browser = browser
    this.idle = []
    return browser
  }
}

let shared: BrowserPool | null = null

/** The process-wide pool used by the CLI and the HTTP endpoints. */
export const sharedPool = (): BrowserPool => (shared ??= new BrowserPool())

export const closeSharedPool = async () => {
  const pool = shared
  shared = null
  await pool?.close()
}
