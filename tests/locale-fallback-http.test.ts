import type { Payload } from 'payload'

import { JSDOM } from 'jsdom'

import { hoursFromNow, makeQuote, makeRelease, makeUser, setupOffice } from './helpers/content'
import {
  localPayloadOf,
  login,
  startServer,
  type TestServer,
  withoutSecondPairOfEyes,
} from './helpers/server'

/**
 * Content that exists only in English or Ukrainian, in a Polish office: the admin's quote checks,
 * the approver's dashboard and its approval, the refusals' language, and the Polish newsroom's
 * lists, feed, search and sitemap, over real HTTP against the built app.
 */
let server: TestServer
let local: Payload
const auth = { editor: '', author: '', approver: '' }
let englishQuote: { id: number }
let citing: { id: number }
let englishOnly: { id: number; slug?: string | null }
const englishRelease = {
  headline: 'Kraków opens its first night library',
  lead: 'The city library in Podgórze will stay open until midnight from Monday.',
}

const api = (path: string, as: keyof typeof auth, init: RequestInit = {}) =>
  fetch(`${server.url}${path}`, {
    ...init,
    headers: {
      'Content-Type': 'application/json',
      Authorization: auth[as],
      ...(init.headers ?? {}),
    },
  })
const page = async (path: string) => {
  const res = await fetch(`${server.url}${path}`)
  return { res, document: new JSDOM(await res.text()).window.document }
}

beforeAll(async () => {
  server = await startServer('locale-fallback')
  local = await localPayloadOf(server)
  await setupOffice(local)
  const password = 'correct horse battery staple'
  // The first account becomes an admin who approves (makeFirstUserAdmin): the approver is it.
  const approver = await makeUser(local, 'editor', { approver: true })
  const editor = await makeUser(local, 'editor')
  const author = await makeUser(local, 'author')
  auth.editor = await login(server.url, editor.email, password)
  await withoutSecondPairOfEyes(server.url, auth.editor)
  auth.author = await login(server.url, author.email, password)
  auth.approver = await login(server.url, approver.email, password)

  englishQuote = await makeQuote(local, {
    text: 'A library that never sleeps is a city that keeps learning.',
    status: 'pending',
    locale: 'en',
  })
  citing = await makeRelease(
    local,
    { _status: 'draft', headline: 'Night library in Podgórze', quotes: [englishQuote.id] },
    { locale: 'en' },
  )
  englishOnly = await makeRelease(
    local,
    { ...englishRelease, date: hoursFromNow(-2) },
    { locale: 'en' },
  )
}, 300_000) // includes `next build` when the sources changed

afterAll(async () => {
  await local?.destroy()
  await server?.stop()
})

describe('a quote written only in English', () => {
  it('is named in the publish check instead of failing it with a 500', async () => {
    const res = await api('/api/press-releases/publish-check', 'editor', {
      method: 'POST',
      body: JSON.stringify({ quotes: [englishQuote.id] }),
    })
    expect(res.status).toBe(200)
    const { blockers } = await res.json()
    expect(blockers).toHaveLength(1)
    expect(blockers[0].message).toMatch(
      /^Nie można opublikować: cytat „A library that never sleeps.*” \(Anna Wiśniewska\) czeka na zatwierdzenie\.$/,
    )
  })

  it("is on the approver's list in the language it has, with the release citing it", async () => {
    const res = await api('/api/quotes/awaiting-review', 'approver')
    expect(res.status).toBe(200)
    const { quotes } = await res.json()
    const listed = quotes.find((q: { id: number }) => q.id === englishQuote.id)
    expect(listed).toMatchObject({
      speaker: 'Anna Wiśniewska',
      texts: [{ locale: 'en', text: 'A library that never sleeps is a city that keeps learning.' }],
      citedBy: [{ id: citing.id, headline: { locale: 'en', text: 'Night library in Podgórze' } }],
    })
  })

  it('is approved with one click by an approver, whatever the language of the request', async () => {
    const res = await api(`/api/quotes/${englishQuote.id}/review`, 'approver', {
      method: 'POST',
      body: JSON.stringify({ decision: 'approved' }),
    })
    expect(res.status).toBe(200)
    const quote = await local.findByID({ collection: 'quotes', id: englishQuote.id, locale: 'en' })
    expect(quote.status).toBe('approved')
    expect(quote.text).toBe('A library that never sleeps is a city that keeps learning.')
  })
})

describe("refusals in the admin's language", () => {
  it('tells an author who publishes, in Polish by default and in English when asked, with a key', async () => {
    const draft = await makeRelease(local, { _status: 'draft' })
    const publish = (language?: string) =>
      api(`/api/press-releases/${draft.id}`, 'author', {
        method: 'PATCH',
        body: JSON.stringify({ _status: 'published' }),
        headers: language ? { 'Accept-Language': language } : {},
      })
    const polish = await publish()
    expect(polish.status).toBe(403)
    const [error] = (await polish.json()).errors
    expect(error.message).toBe(
      'Tylko redaktor może opublikować informację: zapisz ją jako szkic i poproś redaktora.',
    )
    expect(error.data).toEqual({ key: 'refusePublishRelease' })
    const english = await publish('en')
    expect((await english.json()).errors[0].message).toBe(
      'Only editors can publish a release: save it as a draft and ask an editor.',
    )
  })

  it('tells an editor who is no approver why the quote was not approved, in Polish', async () => {
    const quote = await makeQuote(local, { status: 'pending' })
    const res = await api(`/api/quotes/${quote.id}/review`, 'editor', {
      method: 'POST',
      body: JSON.stringify({ decision: 'approved' }),
    })
    expect(res.status).toBe(403)
    expect((await res.json()).errors[0].message).toBe(
      'Cytaty zatwierdzają i odrzucają tylko osoby z uprawnieniem „Zatwierdza cytaty”.',
    )
  })
})

describe('an English-only release in the Polish newsroom', () => {
  it('is listed with its English headline and lead, marked as English', async () => {
    const { document } = await page('/pl')
    const card = [...document.querySelectorAll('.release-card')].find((c) =>
      c.textContent?.includes(englishRelease.headline),
    )
    expect(card).toBeDefined()
    const marked = card!.querySelector('[lang="en"]')
    expect(marked?.querySelector('h2 a')?.textContent).toBe(englishRelease.headline)
    expect(marked?.querySelector('h2 a')?.getAttribute('href')).toBe(`/pl/${englishOnly.slug}`)
    expect(marked?.textContent).toContain(englishRelease.lead)
    for (const link of document.querySelectorAll('.release-card h2 a')) {
      expect(link.textContent?.trim()).not.toBe('')
    }
  })

  it('is an item with a title and a description in the Polish feed', async () => {
    const res = await fetch(`${server.url}/pl/feed.xml`)
    const feed = new JSDOM(await res.text(), { contentType: 'text/xml' }).window.document
    const item = [...feed.querySelectorAll('item')].find((i) =>
      i.querySelector('link')?.textContent?.endsWith(`/pl/${englishOnly.slug}`),
    )
    expect(item?.querySelector('title')?.textContent).toBe(englishRelease.headline)
    expect(item?.querySelector('description')?.textContent).toBe(englishRelease.lead)
  })

  it('is found by the Polish search in its English words, marked as English', async () => {
    const { document } = await page(`/pl/search?q=${encodeURIComponent('night library')}`)
    const hit = [...document.querySelectorAll('.release-list .release-card')].find((c) =>
      c.textContent?.includes(englishRelease.headline),
    )
    expect(hit?.querySelector('[lang="en"] h2 a')?.getAttribute('href')).toBe(
      `/pl/${englishOnly.slug}`,
    )
  })

  it("is a card with its English headline, marked as English, on a Polish pack's page", async () => {
    const polish = await makeRelease(local, { date: hoursFromNow(-3) })
    const pack = await local.create({
      collection: 'press-packs',
      data: {
        title: 'Pakiet: noc w bibliotece',
        date: hoursFromNow(-1),
        releases: [englishOnly.id, polish.id],
        _status: 'published',
      },
      overrideAccess: true,
    })
    const { res, document } = await page(`/pl/packs/${pack.slug}`)
    expect(res.status).toBe(200)
    const cards = [...document.querySelectorAll('.release-list .release-card')]
    expect(cards).toHaveLength(2)
    const marked = cards[0].querySelector('[lang="en"]')
    expect(marked?.querySelector('h2 a')?.textContent).toBe(englishRelease.headline)
    expect(marked?.querySelector('h2 a')?.getAttribute('href')).toBe(`/pl/${englishOnly.slug}`)
    expect(marked?.textContent).toContain(englishRelease.lead)
    expect(cards[1].querySelector('[lang]')).toBeNull()
    for (const link of document.querySelectorAll('.release-card h2 a')) {
      expect(link.textContent?.trim()).not.toBe('')
    }
  })

  it('is in the sitemap at the address of its only language, as its page names it canonical', async () => {
    const sitemap = await (await fetch(`${server.url}/sitemap.xml`)).text()
    expect(sitemap).toContain(`/en/${englishOnly.slug}</loc>`)
    expect(sitemap).not.toContain(`/pl/${englishOnly.slug}</loc>`)
    const { document } = await page(`/pl/${englishOnly.slug}`)
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(
      new RegExp(`/en/${englishOnly.slug}$`),
    )
  })
})
