import type { Browser, Page } from 'puppeteer'

import path from 'node:path'

import { TZDate } from '@date-fns/tz'
import { startOfDay } from 'date-fns'
import { pl } from 'date-fns/locale'

import { formatMoment } from '../src/lib/moments'

import {
  appendAndAwaitFormUpdate,
  launchAdminBrowser,
  loginThroughForm,
  openReleaseAt,
  openScheduleDrawer,
} from './helpers/browser-e2e'
import {
  login,
  serverDatabase,
  startServer,
  type TestServer,
  withoutSecondPairOfEyes,
} from './helpers/server'

/**
 * Dates a press officer cannot get wrong, in a real Chromium against the built app: a moment typed
 * the way the admin writes it is that moment on the office's clock (whatever the browser's zone),
 * text that is not a moment is refused and saves nothing, the schedule drawer opens on publishing,
 * and the server refuses an embargo or a scheduled publication set in the past.
 */
let server: TestServer
let browser: Browser
let adminAuth = ''
const accounts = {
  admin: { email: 'admin@krakow.test', password: 'admin-pass-123', name: 'Anna Admin' },
  editor: { email: 'editor@krakow.test', password: 'editor-pass-123', role: 'editor' },
}
// Next year, so the moment typed is always ahead of the clock.
const year = new Date().getFullYear() + 1
const hoursFromNow = (h: number) => new Date(Date.now() + h * 3600_000).toISOString()

const api = async (url: string, init: RequestInit = {}) => {
  const res = await fetch(`${server.url}${url}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', Authorization: adminAuth, ...init.headers },
  })
  return { status: res.status, body: await res.json() }
}

const draftRelease = async (headline: string, data: Record<string, unknown> = {}) => {
  const { status, body } = await api('/api/press-releases?draft=true', {
    method: 'POST',
    body: JSON.stringify({
      headline,
      place: 'Kraków',
      date: new Date().toISOString(),
      _status: 'draft',
      releaseType: 'embargoed',
      embargoUntil: hoursFromNow(48),
      ...data,
    }),
  })
  if (status !== 201) throw new Error(`create: ${status} ${JSON.stringify(body)}`)
  return body.doc as { id: number; embargoUntil: string }
}

const stored = async (id: number) =>
  (await api(`/api/press-releases/${id}?draft=true&depth=0`)).body as {
    embargoUntil: string | null
    headline: string
  }

const database = () => serverDatabase(server)

const signedIn = async (language: 'pl' | 'en', timeZone: string) => {
  const page = await (await browser.createBrowserContext()).newPage()
  await page.setExtraHTTPHeaders({ 'Accept-Language': language })
  await page.emulateTimezone(timeZone)
  await loginThroughForm(page, server.url, accounts.editor.email, accounts.editor.password)
  return page
}

const embargoInput = '[data-testid="office-moment-embargoUntil"] input'

/** A picture of what the person saw, when PRESSROOM_SHOTS_DIR asks for them (to look at by eye). */
const shot = async (page: Page, name: string) => {
  const dir = process.env.PRESSROOM_SHOTS_DIR
  if (dir) await page.screenshot({ path: path.join(dir, `${name}.png`) })
}

/** Types into the embargo field as a person would (select all, type, leave the field). */
const typeEmbargo = async (page: Page, text: string) => {
  const input = await page.waitForSelector(embargoInput, { visible: true })
  await input!.click({ clickCount: 3 })
  await page.keyboard.press('Backspace')
  await page.keyboard.type(text)
  await page.keyboard.press('Escape')
  await page.click('#field-headline')
}

const saveDraft = async (page: Page) => {
  // As a person would: only once the form has taken the typed text does the button come alive.
  await page.waitForSelector('#action-save-draft:not([disabled])', { timeout: 60_000 })
  await page.click('#action-save-draft')
  await page.waitForSelector('[data-sonner-toast]', { timeout: 60_000 })
}

beforeAll(async () => {
  server = await startServer('dates')
  await api('/api/users/first-register', { method: 'POST', body: JSON.stringify(accounts.admin) })
  adminAuth = await login(server.url, accounts.admin.email, accounts.admin.password)
  await withoutSecondPairOfEyes(server.url, adminAuth)
  await api('/api/users', {
    method: 'POST',
    body: JSON.stringify({ ...accounts.editor, name: 'Edyta Redaktor' }),
  })
  browser = await launchAdminBrowser()
}, 1_800_000) // includes `next build` when the sources changed (25 min on a loaded 2-core machine)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('the embargo field in Chromium', () => {
  it(`stores 7 gru ${year}, 17:35 typed in the Polish admin as 17:35 in Warsaw, from a browser in New York`, async () => {
    const page = await signedIn('pl', 'America/New_York')
    const release = await draftRelease('Nocne tramwaje na Nowej Hucie')
    await openReleaseAt(page, server.url, release.id)
    await typeEmbargo(page, `7 gru ${year}, 17:35`)
    await shot(page, 'embargo-pl')
    expect(await page.$eval(embargoInput, (el) => (el as HTMLInputElement).value)).toBe(
      `7 gru ${year}, 17:35`,
    )
    await saveDraft(page)
    expect((await stored(release.id)).embargoUntil).toBe(`${year}-12-07T16:35:00.000Z`)
    await page.close()
  }, 180_000)

  it(`stores 7 Dec ${year}, 17:35 typed in the English admin as 17:35 in Warsaw`, async () => {
    const page = await signedIn('en', 'UTC')
    const release = await draftRelease('Night trams in Nowa Huta')
    await openReleaseAt(page, server.url, release.id)
    await typeEmbargo(page, `7 Dec ${year}, 17:35`)
    await saveDraft(page)
    expect((await stored(release.id)).embargoUntil).toBe(`${year}-12-07T16:35:00.000Z`)
    await page.close()
  }, 180_000)

  it(`reads 15.12.${year} 10:00 typed by hand back in full before the save, and stores 10:00 in Warsaw`, async () => {
    const page = await signedIn('pl', 'America/New_York')
    const release = await draftRelease('Nowe przejście przy Rondzie Mogilskim')
    await openReleaseAt(page, server.url, release.id)
    await typeEmbargo(page, `15.12.${year} 10:00`)
    // Read back in full under the field, the weekday included, before anything is saved.
    const readBack = await page.$eval('[data-testid="office-moment-read"]', (el) => el.textContent)
    expect(readBack).toMatch(new RegExp(`^Odczytano: \\S+, 15 grudnia ${year}, 10:00$`))
    await saveDraft(page)
    expect((await stored(release.id)).embargoUntil).toBe(`${year}-12-15T09:00:00.000Z`)
    await page.close()
  }, 180_000)

  it('refuses text that is not a moment in the field and saves nothing', async () => {
    const page = await signedIn('pl', 'Europe/Warsaw')
    const release = await draftRelease('Remont Alei Trzech Wieszczów')
    await openReleaseAt(page, server.url, release.id)
    await typeEmbargo(page, `gru 7, ${year} 5:35 AM`)
    // The text stays as typed, never shown as some other date.
    expect(await page.$eval(embargoInput, (el) => (el as HTMLInputElement).value)).toBe(
      `gru 7, ${year} 5:35 AM`,
    )
    // Said under the field as it is typed, with the forms that are read.
    expect(await page.$eval('[data-testid="office-moment-read"]', (el) => el.textContent)).toMatch(
      /^Nie rozpoznano daty i godziny\. Wpisz je tak: .+ albo \d{1,2}\.\d{2}\.\d{4} \d{2}:\d{2}\.$/,
    )
    await saveDraft(page)
    const error = await page.waitForSelector(
      '[data-testid="office-moment-embargoUntil"] .field-error',
      { timeout: 30_000 },
    )
    await shot(page, 'embargo-refused')
    expect(await error!.evaluate((el) => el.textContent)).toMatch(/Nie rozpoznano daty/)
    // Still there once the form has taken the server's update after another edit (a draft save
    // is sent unvalidated, and that update marked the field valid again).
    await appendAndAwaitFormUpdate(page, '#field-headline', ' (etap II)', release.id)
    expect(
      await page.$eval(
        '[data-testid="office-moment-embargoUntil"] .field-error',
        (el) => el.textContent,
      ),
    ).toMatch(/Nie rozpoznano daty/)
    expect((await stored(release.id)).embargoUntil).toBe(release.embargoUntil)
    await page.close()
  }, 180_000)
})

describe('the schedule drawer in Chromium', () => {
  it('opens on "Publikuj" for a draft and offers no "Cofnij publikację"', async () => {
    const page = await signedIn('pl', 'Europe/Warsaw')
    const release = await draftRelease('Nowe ławki na Plantach', {
      releaseType: 'immediate',
      embargoUntil: null,
    })
    await openScheduleDrawer(page, server.url, release.id)
    // The choice settles as the drawer renders; on "unpublish" it never does.
    await page
      .waitForFunction(
        (id) =>
          (document.getElementById(`field-schedule-publish-${id}-type-publish`) as HTMLInputElement)
            ?.checked,
        { timeout: 10_000 },
        release.id,
      )
      .catch(() => undefined)
    const checked = await page.$eval('.schedule-publish__type', (list) =>
      [...list.querySelectorAll('input')].filter((i) => i.checked).map((i) => i.id),
    )
    await shot(page, 'drawer-draft')
    expect(checked).toEqual([`field-schedule-publish-${release.id}-type-publish`])
    // Unpublishing is offered only for what is published.
    expect(await page.$(`input[id="field-schedule-publish-${release.id}-type-unpublish"]`)).toBe(
      null,
    )
    await page.close()
  }, 180_000)

  it('queues no publication for a time typed in the past', async () => {
    const page = await signedIn('pl', 'Europe/Warsaw')
    const release = await draftRelease('Plac zabaw w Parku Jordana', {
      releaseType: 'immediate',
      embargoUntil: null,
    })
    await openScheduleDrawer(page, server.url, release.id)
    await page.click('.schedule-publish label[for$="type-publish"]')
    const input = await page.waitForSelector(
      '.schedule-publish .react-datepicker__input-container input',
    )
    await input!.click()
    // Midnight today on the office's clock, always past, typed as the Polish admin writes it.
    const midnight = startOfDay(new TZDate(Date.now(), 'Europe/Warsaw'))
    await page.keyboard.type(formatMoment(midnight, pl, 'Europe/Warsaw'))
    // Leaves the field without closing the drawer (Escape would).
    await page.click('.schedule-publish h2')
    const [save] = await page.$$(
      'xpath/.//dialog[contains(@class,"schedule-publish")]//button[normalize-space(.)="Zapisz"]',
    )
    await save!.click()
    await page.waitForSelector('[data-sonner-toast]', { timeout: 60_000 })
    const db = await database()
    try {
      const { rows } = await db.execute(
        "select input from payload_jobs where task_slug = 'schedulePublish'",
      )
      expect(rows.filter((r) => JSON.parse(String(r.input)).doc?.value == release.id)).toEqual([])
    } finally {
      db.close()
    }
    // Nor was it published by a job that ran at once.
    const { body } = await api(`/api/press-releases/${release.id}?depth=0`)
    expect(body._status).toBe('draft')
    await page.close()
  }, 180_000)
})

/** The office's clock, set for one test (the server's PRESSROOM_TZ is Europe/Warsaw). */
const withOfficeTimezone = async (timezone: string | null, run: () => Promise<void>) => {
  const set = (value: string | null) =>
    api('/api/globals/press-office', { method: 'POST', body: JSON.stringify({ timezone: value }) })
  expect((await set(timezone)).status).toBe(200)
  try {
    await run()
  } finally {
    await set(null)
  }
}

const scheduledJobs = async (releaseId: number) => {
  const db = await database()
  try {
    const { rows } = await db.execute(
      "select input, wait_until from payload_jobs where task_slug = 'schedulePublish'",
    )
    return rows
      .map((r) => ({ input: JSON.parse(String(r.input)), waitUntil: String(r.wait_until) }))
      .filter((job) => job.input.doc?.value == releaseId)
  } finally {
    db.close()
  }
}

/** Types a moment into the drawer's time field as a person would, and saves. */
const scheduleTyped = async (page: Page, text: string, save: string) => {
  const input = await page.waitForSelector(
    '.schedule-publish .react-datepicker__input-container input',
    { visible: true },
  )
  await input!.click()
  await page.keyboard.type(text)
  // Straight to the button, as a person does: the calendar, open until the typing began, covered
  // it, and the click picked a day under it instead of saving the typed moment.
  expect(await page.$('.schedule-publish .react-datepicker__month')).toBeNull()
  const [button] = await page.$$(
    `xpath/.//dialog[contains(@class,"schedule-publish")]//button[normalize-space(.)="${save}"]`,
  )
  await button!.click()
  const toast = await page.waitForSelector('[data-sonner-toast]', { timeout: 60_000 })
  return toast!.evaluate((el) => el.textContent)
}

describe('the schedule drawer on the office clock', () => {
  it(`schedules 7 gru ${year}, 17:35 typed in the Polish drawer at 17:35 in the office's zone, not PRESSROOM_TZ's`, async () => {
    await withOfficeTimezone('America/New_York', async () => {
      const page = await signedIn('pl', 'Asia/Tokyo')
      const release = await draftRelease('Nowy rozkład tramwajów nocnych', {
        releaseType: 'immediate',
        embargoUntil: null,
      })
      await openScheduleDrawer(page, server.url, release.id)
      const toast = await scheduleTyped(page, `7 gru ${year}, 17:35`, 'Zapisz')
      expect(toast).toMatch(/Zaplanowano pomyślnie/)
      const jobs = await scheduledJobs(release.id)
      expect(jobs.map((j) => new Date(j.waitUntil).toISOString())).toEqual([
        `${year}-12-07T22:35:00.000Z`,
      ])
      // The drawer's list of what is scheduled writes the time the same way.
      await page.waitForFunction(
        (text) =>
          document
            .querySelector('[data-testid="office-schedule-upcoming"]')
            ?.textContent?.includes(text),
        { timeout: 30_000 },
        `7 gru ${year}, 17:35`,
      )
      const drawer = await page.$eval('.schedule-publish', (el) => el.textContent ?? '')
      expect(drawer).not.toMatch(/\b(AM|PM|All)\b/)
      expect(drawer).toMatch(/Wszystkie języki/)
      await shot(page, 'drawer-scheduled-pl')
      await page.close()
    })
  }, 240_000)

  it(`schedules 7 Dec ${year}, 17:35 typed in the English drawer`, async () => {
    await withOfficeTimezone('America/New_York', async () => {
      const page = await signedIn('en', 'UTC')
      const release = await draftRelease('Night tram timetable', {
        releaseType: 'immediate',
        embargoUntil: null,
      })
      await openScheduleDrawer(page, server.url, release.id, { label: 'Schedule Publish' })
      const toast = await scheduleTyped(page, `7 Dec ${year}, 17:35`, 'Save')
      expect(toast).toMatch(/Scheduled successfully/i)
      const jobs = await scheduledJobs(release.id)
      expect(jobs.map((j) => new Date(j.waitUntil).toISOString())).toEqual([
        `${year}-12-07T22:35:00.000Z`,
      ])
      await page.waitForSelector('[data-testid="office-schedule-upcoming"] table')
      await shot(page, 'drawer-scheduled-en')
      await page.close()
    })
  }, 240_000)

  it('refuses a typed text that is not a moment in the toast and queues nothing', async () => {
    const page = await signedIn('pl', 'Europe/Warsaw')
    const release = await draftRelease('Most Dębnicki zamknięty', {
      releaseType: 'immediate',
      embargoUntil: null,
    })
    await openScheduleDrawer(page, server.url, release.id)
    const toast = await scheduleTyped(page, `Dec 7, ${year} 5:35 PM`, 'Zapisz')
    expect(toast).toMatch(/Nie rozpoznano daty i godziny/)
    expect(await scheduledJobs(release.id)).toEqual([])
    await page.close()
  }, 180_000)
})

describe('embargo times over HTTP', () => {
  it('refuses an embargo end in the past with a 400 naming the field in Polish, and saves nothing', async () => {
    const release = await draftRelease('Zamknięcie Mostu Grunwaldzkiego')
    const { status, body } = await api(`/api/press-releases/${release.id}?draft=true`, {
      method: 'PATCH',
      headers: { 'Accept-Language': 'pl' },
      body: JSON.stringify({ embargoUntil: hoursFromNow(-2) }),
    })
    expect(status).toBe(400)
    expect(body.errors[0].message).toBe('To pole jest nieprawidłowe: Embargo do')
    expect(body.errors[0].data.errors[0]).toMatchObject({
      path: 'embargoUntil',
      message: expect.stringMatching(/^Koniec embarga \(.+\) już minął/),
    })
    expect((await stored(release.id)).embargoUntil).toBe(release.embargoUntil)
  })

  it('refuses a text that is not a moment, even in a draft', async () => {
    const release = await draftRelease('Nowy przystanek na Bronowicach')
    const { status, body } = await api(`/api/press-releases/${release.id}?draft=true`, {
      method: 'PATCH',
      headers: { 'Accept-Language': 'en' },
      body: JSON.stringify({ embargoUntil: 'gru 7, 2026 5:35 AM' }),
    })
    expect(status).toBe(400)
    expect(body.errors[0].message).toBe('The following field is invalid: Embargoed until')
    expect((await stored(release.id)).embargoUntil).toBe(release.embargoUntil)
  })

  it('keeps saving and publishing a release whose embargo lifted long ago', async () => {
    const release = await draftRelease('Otwarcie basenu na Clepardii')
    // What a release embargoed last year holds: its end written when it was still ahead.
    const lifted = new Date(Date.now() - 365 * 86_400_000).toISOString()
    const db = await database()
    try {
      await db.execute({
        sql: 'update press_releases set embargo_until = ? where id = ?',
        args: [lifted, release.id],
      })
      await db.execute({
        sql: 'update _press_releases_v set version_embargo_until = ? where parent_id = ?',
        args: [lifted, release.id],
      })
    } finally {
      db.close()
    }
    const { status, body } = await api(`/api/press-releases/${release.id}`, {
      method: 'PATCH',
      body: JSON.stringify({
        headline: 'Otwarcie basenu (aktualizacja)',
        embargoUntil: lifted,
        _status: 'published',
      }),
    })
    expect([status, body.errors]).toEqual([200, undefined])
    expect(body.doc.embargoUntil).toBe(lifted)
  })
})
