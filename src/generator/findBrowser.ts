import fs from 'node:fs'

import { UserError } from '../lib/errors'

export type FoundBrowser = { executablePath: string; source: string; headless: true | 'shell' }

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
  'install one (apt-get install chromium, or npx puppeteer browsers install chrome-headless-shell), ' +
  'or reinstall node_modules so @sparticuz/chromium is present'

const puppeteerCache = async (): Promise<string | undefined> => {
  try {
    const { default: puppeteer } = await import('puppeteer')
    return puppeteer.executablePath()
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

/**
 * The browser to print with, in DESIGN.md's order: PUPPETEER_EXECUTABLE_PATH, puppeteer's own
 * cache, a system Chromium or Chrome, then the Chromium packaged in @sparticuz/chromium (unpacked
 * into /tmp on first use). None of them: a UserError that says how to get one.
 */
export const findBrowser = async (): Promise<FoundBrowser> => {
  const fromEnv = process.env.PUPPETEER_EXECUTABLE_PATH
  if (fromEnv) {
    if (!isFile(fromEnv)) {
      throw new UserError(`PUPPETEER_EXECUTABLE_PATH is ${fromEnv}, which does not exist. ${noBrowserHelp}`, 1, 503)
    }
    return { executablePath: fromEnv, source: 'PUPPETEER_EXECUTABLE_PATH', headless: true }
  }
  const cached = await puppeteerCache()
  if (isFile(cached)) {
    const shell = cached.includes('headless-shell') || cached.includes('headless_shell')
    return { executablePath: cached, source: 'puppeteer cache', headless: shell ? 'shell' : true }
  }
  const system = systemBrowsers.find(isFile)
  if (system) return { executablePath: system, source: 'system', headless: true }
  const bundled = await packaged()
  if (isFile(bundled)) return { executablePath: bundled, source: '@sparticuz/chromium', headless: 'shell' }
  throw new UserError(noBrowserHelp, 1, 503)
}
