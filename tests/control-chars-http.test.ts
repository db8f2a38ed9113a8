import type { Payload } from 'payload'

import { JSDOM } from 'jsdom'

import { makeRelease, makeUser, setupOffice } from './helpers/content'
import { localPayloadOf, login, startServer, type TestServer } from './helpers/server'

/**
 * Text pasted from Word brings control characters (\u0001, a vertical tab) that XML cannot carry:
 * one of them in a headline made /pl/feed.xml and /pl/atom.xml unreadable to every feed reader.
 * Saved text loses them; the feeds and the sitemap stay XML even for a row saved before that.
 */
let server: TestServer
let local: Payload
let author: Record<string, string>

/** A strict XML parser (jsdom's, saxes): anything that is not XML 1.0 is an error here. */
const { DOMParser } = new JSDOM('').window
const strictXml = (text: string) => {
  const doc = new DOMParser().parseFromString(text, 'application/xml')
  expect(doc.querySelector('parsererror')?.textContent ?? null).toBeNull()
  return doc
}

const rawSql = (raw: string) => {
  const db = local.db as unknown as {
    drizzle: unknown
    execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
  }
  return db.execute({ drizzle: db.drizzle, raw })
}

beforeAll(async () => {
  server = await startServer('control-chars')
  local = await localPayloadOf(server)
  await setupOffice(local)
  const user = await makeUser(local, 'author')
  author = { Authorization: await login(server.url, user.email, 'correct horse battery staple') }
}, 300_000) // includes `next build` when the sources changed

afterAll(async () => {
  await local?.destroy()
  await server?.stop()
})

it('saves text without C0 control characters, keeping tabs and new lines', async () => {
  const res = await fetch(`${server.url}/api/people`, {
    method: 'POST',
    headers: { ...author, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'Anna\u0001 Nowak\u000b', role: 'Radna\u0007\nmiasta\tKrakowa' }),
  })
  expect(res.status).toBe(201)
  const { doc } = await res.json()
  expect([doc.name, doc.role]).toEqual(['Anna Nowak', 'Radna\nmiasta\tKrakowa'])
})

it('keeps RSS, Atom and the sitemap valid XML when a headline carries control characters', async () => {
  const pasted = await makeRelease(local, { headline: 'Sesja\u0001 Rady\u000b Miasta' })
  const older = await makeRelease(local, { headline: 'Stary wpis', lead: 'Wstęp' })
  // A row saved before control characters were stripped on save: written past the hooks.
  await rawSql(
    `UPDATE press_releases_locales SET headline = 'Stary' || char(2) || ' wpis ]]> i ]]>', lead = 'Wst' || char(11) || 'ęp' WHERE _parent_id = ${older.id}`,
  )

  const rss = strictXml(await (await fetch(`${server.url}/pl/feed.xml`)).text())
  expect([...rss.querySelectorAll('item > title')].map((t) => t.textContent)).toEqual(
    expect.arrayContaining(['Sesja Rady Miasta', 'Stary wpis ]]> i ]]>']),
  )
  const atom = strictXml(await (await fetch(`${server.url}/pl/atom.xml`)).text())
  const titles = [...atom.getElementsByTagName('entry')].map(
    (e) => e.getElementsByTagName('title')[0].textContent,
  )
  expect(titles).toEqual(expect.arrayContaining(['Sesja Rady Miasta', 'Stary wpis ]]> i ]]>']))
  expect(atom.documentElement.textContent).toContain('Wstęp')
  strictXml(await (await fetch(`${server.url}/sitemap.xml`)).text())
  expect(pasted.headline).toBe('Sesja Rady Miasta')
}, 60_000)
