import type { Browser, Page } from 'puppeteer'

import { launchAdminBrowser, loginThroughForm } from './helpers/browser-e2e'
import { login, startServer, type TestServer } from './helpers/server'

/**
 * The first minutes of a new office in a real Chromium against the built app: the first account
 * is made in /admin/create-first-user, and every form that shows an account's e-mail shows it
 * once (Payload's auth block draws it; the Users collection only adds who may read it).
 */
let server: TestServer
let browser: Browser
const admin = {
  email: 'anna.admin@krakow.test',
  password: 'first-admin-pass-7',
  name: 'Anna Admin',
}
const editor = { email: 'edyta@krakow.test', password: 'editor-pass-123', name: 'Edyta Redaktor' }

/** The e-mail inputs of the form, once its own fields (the name) have rendered. */
const emailInputs = async (page: Page) => {
  await page.waitForSelector('input[name="name"]')
  return page.$$eval('input[name="email"], input[type="email"]', (inputs) =>
    inputs.map((i) => ({
      value: (i as HTMLInputElement).value,
      disabled: (i as HTMLInputElement).disabled,
    })),
  )
}

const newPage = async () => {
  const context = await browser.createBrowserContext()
  const page = await context.newPage()
  await page.setExtraHTTPHeaders({ 'Accept-Language': 'pl' })
  return page
}

beforeAll(async () => {
  server = await startServer('e2e-first-user')
  browser = await launchAdminBrowser()
}, 300_000) // includes `next build` when the sources changed

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

it('asks for the e-mail once on the first-user form, and the account it makes is the admin', async () => {
  const page = await newPage()
  await page.goto(`${server.url}/admin/create-first-user`, { waitUntil: 'domcontentloaded' })
  expect(await emailInputs(page)).toEqual([{ value: '', disabled: false }])

  await page.type('input[name="email"]', admin.email)
  await page.type('input[name="password"]', admin.password)
  await page.type('input[name="confirm-password"]', admin.password)
  await page.type('input[name="name"]', admin.name)
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'domcontentloaded' }),
    page.click('button[type="submit"]'),
  ])
  await page.waitForSelector('.dashboard, [data-testid="press-office-dashboard"]')

  const me = await fetch(`${server.url}/api/users/me`, {
    headers: { Authorization: await login(server.url, admin.email, admin.password) },
  })
  expect((await me.json()).user).toMatchObject({
    email: admin.email,
    name: admin.name,
    role: 'admin',
  })

  // The account view of the one who just signed up: their address, once.
  await page.goto(`${server.url}/admin/account`, { waitUntil: 'domcontentloaded' })
  expect((await emailInputs(page)).map((i) => i.value)).toEqual([admin.email])
}, 120_000)

it("shows a colleague's e-mail once to the admin, and not to an editor", async () => {
  // Made here too when this test runs alone (-t).
  const { initialized } = await (await fetch(`${server.url}/api/users/init`)).json()
  if (!initialized) {
    await fetch(`${server.url}/api/users/first-register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(admin),
    })
  }
  const adminAuth = await login(server.url, admin.email, admin.password)
  const created = await fetch(`${server.url}/api/users`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: adminAuth },
    body: JSON.stringify({ ...editor, role: 'editor' }),
  })
  expect(created.status).toBe(201)
  const editorId = (await created.json()).doc.id
  const adminId = (
    await (
      await fetch(`${server.url}/api/users/me`, { headers: { Authorization: adminAuth } })
    ).json()
  ).user.id

  const asAdmin = await newPage()
  await loginThroughForm(asAdmin, server.url, admin.email, admin.password)
  await asAdmin.goto(`${server.url}/admin/collections/users/${editorId}`, {
    waitUntil: 'domcontentloaded',
  })
  expect((await emailInputs(asAdmin)).map((i) => i.value)).toEqual([editor.email])

  const asEditor = await newPage()
  await loginThroughForm(asEditor, server.url, editor.email, editor.password)
  await asEditor.goto(`${server.url}/admin/account`, { waitUntil: 'domcontentloaded' })
  expect((await emailInputs(asEditor)).map((i) => i.value)).toEqual([editor.email])
  // Payload's auth block still draws an empty, disabled box there; the address is not sent.
  await asEditor.goto(`${server.url}/admin/collections/users/${adminId}`, {
    waitUntil: 'domcontentloaded',
  })
  expect(await emailInputs(asEditor)).toEqual([{ value: '', disabled: true }])
  expect(await asEditor.content()).not.toContain(admin.email)
}, 120_000)
