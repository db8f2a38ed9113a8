import type { Browser, HTTPRequest, Page } from 'puppeteer'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import puppeteer from 'puppeteer'

import { browserCandidates, type FoundBrowser, noBrowserHelp } from './findBrowser'
import { UserError } from '../lib/errors'
import { fileUrl, fontsDir, templatePath, templatesDir } from './paths'

const sharedMemoryBytes = (): number => {
  try {
    const stat = fs.statfsSync('/dev/shm')
    return stat.blocks * stat.bsize
  } catch {
    return 0
  }
}

/**
 * --disable-dev-shm-usage only where /dev/shm is small (a container's 64 MB): it moves Chromium's
 * shared memory to /tmp files, which cost a full Chromium ~20% more time per PDF here.
 */
export const launchFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  ...(sharedMemoryBytes() < 512 * 2 ** 20 ? ['--disable-dev-shm-usage'] : []),
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
  /** Pages kept open when idle (default 1); more are closed after `idleMs` without work. */
  minPages?: number
  idleMs?: number
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
  private idle: { page: Page; since: number }[] = []
  private trimTimer: NodeJS.Timeout | null = null
  private busy = 0
  private waiting: (() => void)[] = []
  private closed = false
  /** How many times Chromium was started (tests and the benchmark read it). */
  launches = 0
  /** Requests refused since the pool started (tests read it). */
  refused: string[] = []
  /** The browser printing now, once launched. */
  found: FoundBrowser | null = null
  readonly minPages: number
  readonly idleMs: number

  constructor(options: PoolOptions = {}) {
    this.size = options.size ?? Math.max(2, os.cpus().length * 2)
    this.timeoutMs = options.timeoutMs ?? Number(process.env.PRESSROOM_PDF_TIMEOUT_MS || 30_000)
    this.minPages = options.minPages ?? 1
    this.idleMs = options.idleMs ?? 30_000
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

  /** Pages open in Chromium now, idle or printing. */
  async openPages(): Promise<number> {
    return this.browser?.connected ? (await this.browser.pages()).length : 0
  }

  /**
   * Closes idle pages beyond `minPages` that have waited `idleMs` by `now`, so memory taken by
   * a burst goes back. Runs on a timer after each document; `now` is injectable for tests.
   */
  async trimIdle(now = Date.now()): Promise<number> {
    const keep: typeof this.idle = []
    const close: Page[] = []
    // Newest last: the most recently used pages are the ones kept.
    for (const entry of [...this.idle].reverse()) {
      if (keep.length < this.minPages || now - entry.since < this.idleMs) keep.unshift(entry)
      else close.push(entry.page)
    }
    this.idle = keep
    await Promise.all(close.map((page) => page.close().catch(() => {})))
    return close.length
  }

  private scheduleTrim() {
    if (this.trimTimer || this.idle.length <= this.minPages) return
    this.trimTimer = setTimeout(() => {
      this.trimTimer = null
      this.trimIdle().then(
        () => this.scheduleTrim(),
        () => {},
      )
    }, this.idleMs + 10)
    this.trimTimer.unref()
  }

  async close() {
    this.closed = true
    if (this.trimTimer) clearTimeout(this.trimTimer)
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
      if (!page.isClosed() && page.browser() === this.browser) {
        this.idle.push({ page, since: Date.now() })
        this.scheduleTrim()
      }
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
      const { page } = this.idle.pop() as { page: Page }
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

  /**
   * Starts Chromium and opens the page kept ready, now: the server calls it as it starts, so the
   * first PDFs after a publication do not wait for a launch. A failure is only reported; the
   * next document tries again.
   */
  async warmUp(): Promise<void> {
    await this.run(async () => undefined)
  }

  private async ensureBrowser(): Promise<Browser> {
    if (this.closed) throw new Error('The browser pool is closed')
    if (this.browser?.connected) return this.browser
    this.launching ??= this.launch().finally(() => {
      this.launching = null
    })
    return this.launching
  }

  /** The first browser, in findBrowser's order, that starts; the one that worked is kept first. */
  private async launch(): Promise<Browser> {
    const candidates = this.found ? [this.found] : await browserCandidates()
    const failures: string[] = []
    for (const found of candidates) {
      try {
        const browser = await this.start(found)
        this.found = found
        return browser
      } catch (error) {
        failures.push(`${found.executablePath}: ${(error as Error).message.split('\n')[0]}`)
      }
    }
    if (this.found) {
      // The browser that worked before no longer starts: look again from the top next time.
      this.found = null
      throw new Error(`Chromium did not start again (${failures.join('; ')})`)
    }
    const tried = failures.length ? ` Tried: ${failures.join('; ')}.` : ''
    throw new UserError(`${noBrowserHelp}.${tried}`, 1, 503)
  }

  private async start(found: FoundBrowser): Promise<Browser> {
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

// On globalThis: Next bundles each route apart, and the server (scripts/serve.ts) that starts the
// browser is bundled apart from them; all must print with one browser.
const holder = globalThis as { __pressroomBrowserPool?: BrowserPool | null }

/** The process-wide pool used by the CLI and the HTTP endpoints. */
export const sharedPool = (): BrowserPool => (holder.__pressroomBrowserPool ??= new BrowserPool())

export const closeSharedPool = async () => {
  const pool = holder.__pressroomBrowserPool
  holder.__pressroomBrowserPool = null
  await pool?.close()
}
