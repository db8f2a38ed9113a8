import fs from 'node:fs'

import { UserError } from '../lib/errors'

/** `shell`: a headless-shell build (prints ~3× faster here); `full`: a whole Chrome/Chromium. */
export type BrowserKind = 'shell' | 'full'

export type FoundBrowser = {
  executablePath: string
  source: string
  kind: BrowserKind
  headless: true | 'shell'
}

/** Which browsers to consider: `auto` (the default), or only the `system` or `packaged` one. */
export type BrowserChoice = 'auto' | 'system' | 'packaged'

const systemBrowsers = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
]

const isFile = (file: string | undefined): file is string => {
  try {
    return Boolean(file) && fs.statSync(file as string).isFile()
  } catch {
    return false
  }
}

export const noBrowserHelp =
  'No Chromium found for PDFs: set PUPPETEER_EXECUTABLE_PATH to a Chrome or Chromium binary, ' +
  'install one (npx puppeteer browsers install chrome-headless-shell, or apt-get install chromium), ' +
  'or reinstall node_modules so @sparticuz/chromium is present'

const puppeteerCache = async (kind: BrowserKind): Promise<string | undefined> => {
  try {
    const { default: puppeteer } = await import('puppeteer')
    return kind === 'shell'
      ? puppeteer.executablePath({ headless: 'shell' })
      : puppeteer.executablePath()
  } catch {
    return undefined
  }
}

const packaged = async (): Promise<string | undefined> => {
  if (process.platform !== 'linux') return undefined
  try {
    const { default: chromium } = await import('@sparticuz/chromium')
    return await chromium.executablePath()
  } catch {
    return undefined
  }
}

const browser = (executablePath: string, source: string, kind: BrowserKind): FoundBrowser => ({
  executablePath,
  source,
  kind,
  headless: kind === 'shell' ? 'shell' : true,
})

export const browserChoice = (value = process.env.PRESSROOM_BROWSER): BrowserChoice => {
  if (!value || value === 'auto') return 'auto'
  if (value === 'system' || value === 'packaged') return value
  throw new UserError(`PRESSROOM_BROWSER is "${value}": use auto, system or packaged`, 2, 503)
}

/**
 * Every browser found, in DESIGN.md's order: PUPPETEER_EXECUTABLE_PATH alone if set; else the
 * headless shells (puppeteer's cache, then the one packaged in @sparticuz/chromium, unpacked into
 * /tmp on first use) before full browsers (puppeteer's cache, then a system Chromium or Chrome).
 */
export const browserCandidates = async (
  choice: BrowserChoice = browserChoice(),
): Promise<FoundBrowser[]> => {
  const fromEnv = process.env.PUPPETEER_EXECUTABLE_PATH
  if (fromEnv) {
    if (!isFile(fromEnv)) {
      throw new UserError(
        `PUPPETEER_EXECUTABLE_PATH is ${fromEnv}, which does not exist. ${noBrowserHelp}`,
        1,
        503,
      )
    }
    const shell = /headless[-_]shell/.test(fromEnv)
    return [browser(fromEnv, 'PUPPETEER_EXECUTABLE_PATH', shell ? 'shell' : 'full')]
  }
  const found: FoundBrowser[] = []
  if (choice !== 'system') {
    if (choice === 'auto') {
      const shell = await puppeteerCache('shell')
      if (isFile(shell)) found.push(browser(shell, 'puppeteer cache (headless shell)', 'shell'))
    }
    const bundled = await packaged()
    if (isFile(bundled)) found.push(browser(bundled, '@sparticuz/chromium', 'shell'))
  }
  if (choice !== 'packaged') {
    if (choice === 'auto') {
      const chrome = await puppeteerCache('full')
      if (isFile(chrome)) found.push(browser(chrome, 'puppeteer cache', 'full'))
    }
    const system = systemBrowsers.find(isFile)
    if (system) found.push(browser(system, 'system', 'full'))
  }
  return found
}

/** The first browser in that order; none: a UserError that says how to get one. */
export const findBrowser = async (choice?: BrowserChoice): Promise<FoundBrowser> => {
  const [first] = await browserCandidates(choice)
  if (!first) throw new UserError(noBrowserHelp, 1, 503)
  return first
}
