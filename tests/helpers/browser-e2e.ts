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

/** The release's edit view, once its notices have loaded (the form responds from then on). */
export const openReleaseAt = async (page: Page, url: string, id: number) => {
  await page.goto(`${url}/admin/collections/press-releases/${id}`, {
    waitUntil: 'domcontentloaded',
  })
  await page.waitForSelector('[data-testid="release-notices"]')
}

/** Whether to put back the schedule menu the admin hides from authors, as a crafted client would. */
export type Unhide = { unhide?: boolean }

/** Removes the admin's hiding of the schedule menu (GuardedPublishButton), to test the server. */
export const showSchedulingAnyway = (page: Page) =>
  page.evaluate(() =>
    document.querySelectorAll('[data-testid="no-scheduling"]').forEach((s) => s.remove()),
  )

/** Opens the schedule drawer (src/components/ScheduleDrawer) from the release's save menu. */
export const openScheduleDrawer = async (
  page: Page,
  url: string,
  id: number,
  { unhide = false, label = 'Zaplanuj publikację' }: Unhide & { label?: string } = {},
) => {
  await openReleaseAt(page, url, id)
  if (unhide) await showSchedulingAnyway(page)
  await page.click('#action-save-popup .popup-button')
  const [item] = await page.$$(`xpath/.//button[contains(., "${label}")]`)
  await item!.click()
  await page.waitForSelector('.schedule-publish', { visible: true })
}

/** Schedules a publication in the drawer: the last selectable day and time on the calendar. */
export const scheduleInDrawerAt = async (
  page: Page,
  url: string,
  id: number,
  options: Unhide = {},
) => {
  await openScheduleDrawer(page, url, id, options)
  await page.click('.schedule-publish label[for$="type-publish"]')
  await page.click('.schedule-publish .react-datepicker__input-container input')
  await page.waitForSelector('.react-datepicker__day', { visible: true })
  const selectable =
    ':not(.react-datepicker__day--disabled):not(.react-datepicker__day--outside-month)'
  const days = await page.$$(`.react-datepicker__day${selectable}`)
  await days[days.length - 1]!.click()
  const times = await page.$$(
    '.react-datepicker__time-list-item:not(.react-datepicker__time-list-item--disabled)',
  )
  await times[times.length - 1]!.click()
  const [save] = await page.$$(
    'xpath/.//dialog[contains(@class,"schedule-publish")]//button[normalize-space(.)="Zapisz"]',
  )
  await save!.click()
  // A save's toast, which a loaded 2-core machine can take a while to show.
  await page.waitForSelector('[data-sonner-toast]', { timeout: 60_000 })
}

/** Cancels the first upcoming publication listed in the drawer. */
export const cancelFirstInDrawer = async (
  page: Page,
  url: string,
  id: number,
  options: Unhide = {},
) => {
  await openScheduleDrawer(page, url, id, options)
  // The upcoming list loads after the drawer opens.
  const cancel = await page.waitForSelector('.schedule-publish__delete', { visible: true })
  await cancel!.click()
  // A save's toast, which a loaded 2-core machine can take a while to show.
  await page.waitForSelector('[data-sonner-toast]', { timeout: 60_000 })
}

/**
 * Types `text` at the end of a field, and waits until a form update from the server has arrived
 * since (one already on its way, or the one the edit sends) and been drawn. Payload may send no
 * update for the edit itself: an update that lands after the last key marks the form as sent.
 */
export const appendAndAwaitFormUpdate = async (
  page: Page,
  selector: string,
  text: string,
  id: number,
) => {
  const updated = page.waitForResponse(
    (res) =>
      res.request().method() === 'POST' &&
      res.url().includes(`/admin/collections/press-releases/${id}`),
    { timeout: 60_000 },
  )
  await page.focus(selector)
  await page.keyboard.down('Control')
  await page.keyboard.press('End')
  await page.keyboard.up('Control')
  await page.keyboard.type(text)
  const value = await page.$eval(selector, (el) => (el as HTMLTextAreaElement).value)
  if (!value.endsWith(text)) throw new Error(`${selector} did not take "${text}": "${value}"`)
  await updated
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))))
}
