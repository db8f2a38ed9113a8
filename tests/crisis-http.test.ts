import type { Browser } from 'puppeteer'
import type { Payload } from 'payload'

import fs from 'node:fs'
import path from 'node:path'

import { tokenFor } from '../src/distribution/token'
import { launchAdminBrowser, loginThroughForm, textOf } from './helpers/browser-e2e'
import {
  hoursFromNow,
  makeJournalist,
  makeMailingList,
  makeRelease,
  makeUser,
  setupOffice,
} from './helpers/content'
import { startInstances, type TwoInstances, waitFor } from './helpers/instances'
import { describeOnPostgres } from './helpers/payload'
import { login } from './helpers/server'

/**
 * The crisis tools over real HTTP on two `next start` instances of one PostgreSQL database: the
 * emergency notice switched on through one shows on every surface of the other at its very next
 * request (no wait, no rebuild), and is gone the same way; a publication falling due during a
 * freeze is held by both instances' runners; the editor switches the notice on in the Polish admin.
 */
await describeOnPostgres(() => {
  let two: TwoInstances
  let payload: Payload
  let editorEmail: string
  let editorOnA: string
  let editorOnB: string
  let slug: string
  let releaseId: number
  let personalPath: string
  let browser: Browser | undefined

  beforeAll(async () => {
    // Both runners look at the publication queue every second.
    two = await startInstances('crisis', { PRESSROOM_JOB_POLL_S: '1' })
    payload = await two.localPayload()
    await setupOffice(payload)
    const editor = await makeUser(payload, 'editor')
    editorEmail = editor.email
    editorOnA = await login(two.a.url, editorEmail, 'correct horse battery staple')
    editorOnB = await login(two.b.url, editorEmail, 'correct horse battery staple')
    const release = await makeRelease(payload, { headline: 'Komunikat o stanie Wisły' })
    slug = release.slug!
    releaseId = release.id
    // A journalist's personal copy of an embargoed release (the page /r/{token}).
    const embargoed = await makeRelease(payload, {
      headline: 'Plan ewakuacji — przed embargiem',
      embargoUntil: hoursFromNow(24),
    })
    const journalist = await makeJournalist(payload, {
      name: 'Anna Nowak',
      email: 'anna@radio.test',
      embargoTrusted: true,
    })
    await makeMailingList(payload, 'Radio', [journalist])
    const delivery = await payload.create({
      collection: 'deliveries',
      data: {
        release: embargoed.id,
        journalist: journalist.id,
        kind: 'pre-delivery',
        locale: 'pl',
        status: 'sent',
        attempts: 1,
      },
      overrideAccess: true,
    })
    personalPath = `/r/${tokenFor('link', delivery, new Date(Date.now() + 3600_000))}`
  }, 300_000) // includes `next build` when the sources changed
  afterAll(async () => {
    await browser?.close()
    await two?.stop()
  }, 60_000)

  const surfaces = () => [
    '/pl',
    `/pl/${slug}`,
    '/pl/contacts',
    '/pl/packs',
    '/pl/search?q=Wisła',
    '/pl/subscribe',
    '/pl/nie-ma-takiej-informacji',
    personalPath,
  ]

  const patchOffice = (url: string, auth: string, data: object, locale = 'pl') =>
    fetch(`${url}/api/globals/press-office?locale=${locale}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: auth },
      body: JSON.stringify(data),
    })

  const notice = {
    active: true,
    kind: 'mourning',
    heading: 'Żałoba w Krakowie',
    text: 'Prezydent Miasta ogłosił trzydniową żałobę. Flagi miejskie opuszczone do połowy masztu.',
    link: '/pl/zaloba',
  }

  it('shows a notice switched on through A on every surface of B at its next request, and removes it likewise', async () => {
    for (const p of surfaces())
      expect(await (await fetch(`${two.b.url}${p}`)).text()).not.toContain('Żałoba w Krakowie')

    const on = await patchOffice(two.a.url, editorOnA, { emergency: notice })
    expect(on.status).toBe(200)

    for (const p of surfaces()) {
      const res = await fetch(`${two.b.url}${p}`)
      const html = await res.text()
      // A landmark named by its heading, the sober mourning style, and no role="alert" in the page.
      expect([p, html]).toEqual([
        p,
        expect.stringContaining(
          'class="emergency emergency--mourning" aria-labelledby="emergency-heading"',
        ),
      ])
      expect(html).toMatch(/<h2 id="emergency-heading"[^>]*>Żałoba w Krakowie<\/h2>/)
      expect(html).toContain('Prezydent Miasta ogłosił trzydniową żałobę.')
      expect(html).not.toContain('role="alert"')
    }
    for (const feed of ['feed.xml', 'atom.xml']) {
      const xml = await (await fetch(`${two.b.url}/pl/${feed}`)).text()
      const first = xml.indexOf(feed === 'feed.xml' ? '<item>' : '<entry>')
      expect(xml.slice(first, first + 400)).toContain('Żałoba: Żałoba w Krakowie')
      expect(xml.indexOf('Żałoba w Krakowie')).toBeLessThan(xml.indexOf('Komunikat o stanie Wisły'))
    }
    // The API gives it to anyone (a script, a partner site), the freeze to nobody anonymous.
    const api = await (await fetch(`${two.b.url}/api/globals/press-office?locale=pl`)).json()
    expect(api.emergency).toMatchObject({
      active: true,
      kind: 'mourning',
      heading: 'Żałoba w Krakowie',
    })
    expect(api.freeze).toBeUndefined()

    expect((await patchOffice(two.b.url, editorOnB, { emergency: { active: false } })).status).toBe(
      200,
    )
    for (const p of surfaces())
      expect(await (await fetch(`${two.a.url}${p}`)).text()).not.toContain('Żałoba w Krakowie')
    expect(await (await fetch(`${two.a.url}/pl/feed.xml`)).text()).not.toContain(
      'Żałoba w Krakowie',
    )
  })

  it('refuses a notice switched on without a heading, naming the field, in the admin’s language', async () => {
    const res = await patchOffice(two.a.url, editorOnA, {
      emergency: { active: true, heading: '' },
    })
    expect(res.status).toBe(400)
    const body = await res.json()
    expect(JSON.stringify(body)).toContain('Włączony komunikat alarmowy musi mieć nagłówek.')
    expect(JSON.stringify(body)).toContain('emergency.heading')
    const anonymous = await patchOffice(two.a.url, '', { emergency: notice })
    expect(anonymous.status).toBe(403)
  })

  it('holds a publication falling due during the freeze on both instances until the editor decides', async () => {
    const release = await makeRelease(payload, {
      _status: 'draft',
      headline: 'Otwarcie mostu w czasie powodzi',
    })
    expect(
      (await patchOffice(two.a.url, editorOnA, { freeze: { active: true, reason: 'Powódź' } }))
        .status,
    ).toBe(200)
    const { freeze } = await (
      await fetch(`${two.a.url}/api/globals/press-office`, {
        headers: { Authorization: editorOnA },
      })
    ).json()
    // Due at the moment the freeze began: it falls due during the freeze.
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'press-releases', value: release.id } } as never,
      waitUntil: new Date(freeze.since),
    })
    const runOn = async (url: string, auth: string) =>
      (
        await (
          await fetch(`${url}/api/payload-jobs/run`, { headers: { Authorization: auth } })
        ).json()
      ).ran
    expect([await runOn(two.a.url, editorOnA), await runOn(two.b.url, editorOnB)]).toEqual([[], []])
    expect((await fetch(`${two.b.url}/pl/${release.slug}`)).status).toBe(404)

    const held = await (
      await fetch(`${two.b.url}/api/globals/press-office/held`, {
        headers: { Authorization: editorOnB },
      })
    ).json()
    expect(held.freeze).toMatchObject({ active: true, reason: 'Powódź' })
    expect(held.items).toEqual([
      expect.objectContaining({ id: `job:${job.id}`, title: 'Otwarcie mostu w czasie powodzi' }),
    ])

    expect((await patchOffice(two.b.url, editorOnB, { freeze: { active: false } })).status).toBe(
      200,
    )
    expect([await runOn(two.a.url, editorOnA), await runOn(two.b.url, editorOnB)]).toEqual([[], []])
    const decide = await fetch(`${two.a.url}/api/globals/press-office/held/decide`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: editorOnA },
      body: JSON.stringify({ item: `job:${job.id}`, action: 'publish-now' }),
    })
    expect(decide.status).toBe(200)
    expect((await fetch(`${two.b.url}/pl/${release.slug}`)).status).toBe(200)
  })

  it('lets the editor switch the notice on in the Polish admin, and the newsroom shows it', async () => {
    browser = await launchAdminBrowser()
    const page = await browser.newPage()
    await page.setExtraHTTPHeaders({ 'Accept-Language': 'pl' })
    await loginThroughForm(page, two.a.url, editorEmail, 'correct horse battery staple')
    await page.goto(`${two.a.url}/admin/globals/press-office`, { waitUntil: 'domcontentloaded' })
    await page.waitForSelector('#field-emergency__heading')
    expect(await textOf(page, '.field-type.group-field')).toContain('Komunikat alarmowy')
    await page.click('#field-emergency__active')
    await page.click('#field-emergency__kind .rs__control')
    await page.waitForSelector('.rs__option')
    const options = await page.$$eval('.rs__option', (els) => els.map((e) => e.textContent))
    expect(options).toEqual(['Sytuacja nadzwyczajna', 'Zagrożenie lokalne', 'Żałoba'])
    await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.rs__option')]
        .find((e) => e.textContent === 'Zagrożenie lokalne')!
        .click(),
    )
    const typeInto = async (selector: string, text: string) => {
      await page.click(selector)
      await page.keyboard.down('Control')
      await page.keyboard.press('KeyA')
      await page.keyboard.up('Control')
      await page.keyboard.press('Backspace')
      await page.type(selector, text)
    }
    await typeInto('#field-emergency__heading', 'Alarm powodziowy na Wiśle')
    await typeInto(
      '#field-emergency__text',
      'Wisła przekroczyła stan alarmowy. Mieszkańcy bulwarów: prosimy o opuszczenie domów do godz. 18:00.',
    )
    await typeInto('#field-emergency__link', '/pl')
    await page.click('#action-save')
    await page.waitForSelector('.payload-toast-container .toast-success', { timeout: 15_000 })
    if (process.env.PRESSROOM_SCREENSHOTS) {
      fs.mkdirSync(path.resolve('docs/img'), { recursive: true })
      await (await page.$('.field-type.group-field'))!.screenshot({
        path: path.resolve('docs/img/emergency-admin.png'),
      })
    }

    process.stderr.write('crisis-http: saved in the admin\n')
    const shot = await browser.newPage()
    await shot.goto(`${two.b.url}/pl`, { waitUntil: 'networkidle0' })
    expect(await textOf(shot, '[data-testid="emergency-notice"]')).toContain(
      'Alarm powodziowy na Wiśle',
    )
    // The first page this browser sees alerts once; the next one does not.
    expect(await shot.$('[data-testid="emergency-alert"]')).not.toBeNull()
    await shot.goto(`${two.b.url}/pl/${slug}`, { waitUntil: 'networkidle0' })
    expect(await shot.$('[data-testid="emergency-alert"]')).toBeNull()
    expect(await textOf(shot, '[data-testid="emergency-notice"]')).toContain(
      'Alarm powodziowy na Wiśle',
    )

    // "Send to everyone now" on the release, offered while the notice is on.
    const step = (what: string) => process.stderr.write(`crisis-http: ${what}\n`)
    step('release edit view')
    await page.goto(`${two.a.url}/admin/collections/press-releases/${releaseId}`, {
      waitUntil: 'domcontentloaded',
    })
    expect(await textOf(page, '[data-testid="send-to-everyone"]', 30_000)).toContain(
      'Wyślij wszystkim teraz',
    )
    step('send to everyone')
    await page.$eval('[data-testid="send-to-everyone"] button', (b) => (b as HTMLElement).click())
    await page.waitForSelector('[data-testid="send-to-everyone-confirm"]', { timeout: 15_000 })
    step('confirming')
    await page.$eval('[data-testid="send-to-everyone-confirm"] button', (b) =>
      (b as HTMLElement).click(),
    )
    expect(
      await textOf(
        page,
        '.payload-toast-container .toast-success, .payload-toast-container .toast-error',
      ),
    ).toBe('Wysyłamy do 1 odbiorcy.')
    step('sent, waiting for the delivery')
    const sent = await waitFor(
      'the urgent delivery sent',
      async () =>
        (await two.sql.query(`select status from deliveries where kind = 'urgent'`)).rows[0]
          ?.status === 'sent',
      30_000,
    )
    expect(sent).toBe(true)
    step('delivered')

    if (process.env.PRESSROOM_SCREENSHOTS) {
      const out = path.resolve('docs/img')
      fs.mkdirSync(out, { recursive: true })
      for (const [name, width, height, scale] of [
        ['desktop', 1280, 800, 1],
        ['phone', 360, 740, 2],
      ] as const) {
        await shot.setViewport({ width, height, deviceScaleFactor: scale })
        await shot.goto(`${two.b.url}/pl`, { waitUntil: 'networkidle0' })
        fs.writeFileSync(path.join(out, `emergency-${name}.png`), await shot.screenshot())
      }
      await patchOffice(two.a.url, editorOnA, {
        emergency: { ...notice, heading: 'Żałoba w Krakowie' },
      })
      await shot.setViewport({ width: 1280, height: 800, deviceScaleFactor: 1 })
      await shot.goto(`${two.b.url}/pl`, { waitUntil: 'networkidle0' })
      fs.writeFileSync(path.join(out, 'emergency-mourning-desktop.png'), await shot.screenshot())
      await patchOffice(two.a.url, editorOnA, {
        freeze: { active: true, reason: 'Powódź: stan alarmowy na Wiśle' },
      })
      await page.goto(`${two.a.url}/admin`, { waitUntil: 'networkidle0' })
      await page.waitForSelector('[data-testid="crisis-freeze"]')
      fs.writeFileSync(path.join(out, 'crisis-dashboard.png'), await page.screenshot())
    }
  }, 240_000)
})
