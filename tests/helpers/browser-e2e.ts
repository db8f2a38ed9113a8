import type { Browser, Page } from 'puppeteer'

import puppeteer from 'puppeteer'

import { launchFlags } from '../../src/generator/browser'
import { browserCandidates, findBrowser } from '../../src/generator/findBrowser'

/**
 * A headless Chromium for driving the admin: a full browser where there is one (screenshots
 * use its system fonts), else the one the generator prints with.
 */
export const launchAdminBrowser = async (): Promise<Browser> => {
  const found = (await browserCandidates()).find((b) => b.kind === 'full') ?? (await findBrowser())
  return puppeteer.launch({
    executablePath: found.executablePath,
    headless: found.headless,
    args: launchFlags,
    defaultViewport: { width: 1440, height: 960 },
  })
}

/** Signs in through the admin's login form and waits for the dashboard. */
export const loginThroughForm = async (
  page: Page,
  url: string,
  email: string,
  password: string,
) => {
  await page.goto(`${url}/admin/login`, { waitUntil: 'domcontentloaded' })
  await page.waitForSelector('input[name="email"]')
  await page.type('input[name="email"]', email)
  await page.type('input[name="password"]', password)
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'domcontentloaded' }),
    page.click('button[type="submit"]'),
  ])
  await page.waitForSelector('.dashboard, [data-testid="press-office-dashboard"]')
}

/** Text content of the first element matching a selector, once it shows. */
export const textOf = async (page: Page, selector: string, timeout = 15_000): Promise<string> => {
  const handle = await page.waitForSelector(selector, { timeout })
  return (await handle!.evaluate((el) => el.textContent ?? '')).replace(/\s+/g, ' ').trim()
}
