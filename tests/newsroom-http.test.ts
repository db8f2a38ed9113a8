import type { Payload } from 'payload'

import { JSDOM } from 'jsdom'
import { execFileSync } from 'node:child_process'

import { withdrawalWriteKey } from '../src/withdrawal/fields'
import { makeRelease } from './helpers/content'
import { makeNewsroomContent, type NewsroomContent } from './helpers/newsroom-content'
import { localPayloadOf, startServer, type TestServer } from './helpers/server'

/** The public newsroom over real HTTP against the built app, as an anonymous visitor. */
const site = 'http://news.krakow.example'
let server: TestServer
let local: Payload
let content: NewsroomContent

const get = (path: string, init: RequestInit = {}) =>
  fetch(`${server.url}${path}`, { redirect: 'manual', ...init })
const page = async (path: string) => {
  const res = await get(path)
  const html = await res.text()
  return { res, html, document: new JSDOM(html).window.document }
}
const xml = (text: string) => new JSDOM(text, { contentType: 'text/xml' }).window.document
const mainText = (document: Document) =>
  (document.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ')

beforeAll(async () => {
  server = await startServer('newsroom', { PRESSROOM_PUBLIC_URL: site })
  local = await localPayloadOf(server)
  content = await makeNewsroomContent(local)
}, 300_000)

afterAll(async () => {
  await local?.destroy()
  await server?.stop()
})

describe('pages', () => {
  it('redirects / to the default language', async () => {
    const res = await get('/')
    expect(res.status).toBe(307)
    expect(res.headers.get('location')).toBe('/pl')
  })

  it('lists public releases newest first with date, lead and topic chips, and nothing hidden', async () => {
    const { res, document } = await page('/pl')
    expect(res.status).toBe(200)
    expect(document.documentElement.lang).toBe('pl')
    const headlines = [...document.querySelectorAll('.release-card h2')].map((h) => h.textContent)
    expect(headlines).toEqual([
      content.published.headline,
      content.lifted.headline,
      content.polishOnly.headline,
    ])
    const text = mainText(document)
    expect(text).toContain(content.published.lead)
    expect(
      [...document.querySelectorAll('.release-card .chips a')].map((a) => a.textContent),
    ).toContain('tramwaje')
    expect(text).not.toContain(content.embargoed.headline)
    expect(text).not.toContain(content.draft.headline)
    expect(document.querySelector('.release-card img')?.getAttribute('alt')).toBe(
      'Nowy przystanek tramwajowy przy ulicy Starowiślnej',
    )
  })

  it('filters by topic and by year and month', async () => {
    const byTopic = await page(`/pl?topic=${encodeURIComponent('tramwaje')}`)
    expect(
      [...byTopic.document.querySelectorAll('.release-card h2')].map((h) => h.textContent),
    ).toEqual([content.published.headline])
    const date = new Date(content.polishOnly.date)
    const byMonth = await page(`/pl?year=${date.getUTCFullYear()}&month=${date.getUTCMonth() + 1}`)
    expect(mainText(byMonth.document)).toContain(content.polishOnly.headline)
    const otherYear = await page(`/pl?year=${date.getUTCFullYear() - 3}`)
    expect(otherYear.document.querySelectorAll('.release-card')).toHaveLength(0)
  })

  it('shows a release as a journalist needs it: text, quote, photo, boilerplate, contact, downloads, languages', async () => {
    const { res, document } = await page(`/pl/${content.published.slug}`)
    expect(res.status).toBe(200)
    const article = document.querySelector('article')!
    expect(article.getAttribute('lang')).toBe('pl')
    expect(article.querySelector('h1')?.textContent).toBe(
      'Nowe przystanki tramwajowe na Kazimierzu',
    )
    const text = (document.body.textContent ?? '').replace(/\s+/g, ' ')
    expect(text).toContain('Krótsza droga do szkoły')
    expect(text).toMatch(/Kraków, \d+ \S+ \d{4} r\./)
    expect(text).toContain('Tramwaje linii 3 i 24')
    expect(article.querySelector('.body h2')?.textContent).toBe('Rozkład jazdy')
    const heads = [...article.querySelectorAll('.body table thead th[scope="col"]')]
    expect(heads.map((th) => th.textContent?.replace(/\u00a0/g, ' '))).toEqual([
      'Linia',
      'W dni robocze',
      'W weekendy',
    ])
    expect(article.querySelector('.body table tbody td')?.textContent).toBe('3')
    const quote = article.querySelector('.quote')!
    expect(quote.querySelector('blockquote')?.textContent).toContain(
      'Nowe przystanki skrócą drogę do szkoły',
    )
    expect(quote.querySelector('figcaption')?.textContent).toContain(
      'Anna Wiśniewska, Prezydent Miasta Krakowa',
    )
    const figure = article.querySelector('.photos figure')!
    expect(figure.querySelector('img')?.getAttribute('alt')).toBe(
      'Nowy przystanek tramwajowy przy ulicy Starowiślnej',
    )
    expect(figure.querySelector('figcaption')?.textContent).toContain('Przystanek Starowiślna')
    expect(figure.querySelector('figcaption')?.textContent).toContain('Jan Kowalski / UMK')
    // With a public address configured, file links are absolute on that address.
    const original = figure.querySelector('a')!.getAttribute('href')!
    expect(original.startsWith(`${site}/api/media/file/`)).toBe(true)
    expect((await get(original.slice(site.length))).status).toBe(200)
    expect(article.querySelector('.boilerplate h2')?.textContent).toBe('O Krakowie')
    expect(document.querySelector('a[href="mailto:rzecznik@krakow.example"]')).not.toBeNull()
    expect(document.querySelector('a[href="tel:+48125550110"]')?.textContent).toBe(
      '+48 12 555 01 10',
    )
    const downloads = [...document.querySelectorAll('#downloads ~ ul a')].map((a) =>
      a.getAttribute('href')!,
    )
    expect(downloads).toEqual(
      ['pdf', 'html', 'txt'].map(
        (f) => `/api/press-releases/${content.published.slug}/${f}?locale=pl`,
      ),
    )
    const txt = await get(downloads[2])
    expect(txt.status).toBe(200)
    const words = (await txt.text()).replace(/\u00a0/g, ' ')
    expect(words).toContain('Nowe przystanki tramwajowe na Kazimierzu')
    expect(words).toContain('Linia: 3\nW dni robocze: co 6 minut\nW weekendy: co 10 minut')
    const other = [...document.querySelectorAll('#languages ~ ul a')].map((a) =>
      a.getAttribute('href'),
    )
    expect(other).toEqual([`/en/${content.published.slug}`])
  })

  it('shows the same release in English at /en/{slug}', async () => {
    const { res, document } = await page(`/en/${content.published.slug}`)
    expect(res.status).toBe(200)
    expect(document.documentElement.lang).toBe('en')
    expect(document.querySelector('h1')?.textContent).toBe('New tram stops in Kazimierz')
    expect(document.querySelector('.notice')).toBeNull()
  })

  it('shows a release with no Ukrainian version in Polish, marked with its language', async () => {
    const { res, document } = await page(`/uk/${content.polishOnly.slug}`)
    expect(res.status).toBe(200)
    expect(document.querySelector('article')?.getAttribute('lang')).toBe('pl')
    expect(document.querySelector('h1')?.textContent?.replace(/\u00a0/g, ' ')).toBe(
      content.polishOnly.headline,
    )
    const notice = document.querySelector('.notice')!
    expect(notice.getAttribute('lang')).toBe('uk')
    expect(notice.textContent).toBe(
      'Цей прес-реліз не має версії цією мовою. Його показано мовою: polski.',
    )
  })

  it('answers draft, embargoed and unknown releases and packs with one and the same 404 page, its text in the HTML', async () => {
    const paths = [
      `/pl/${content.draft.slug}`,
      `/pl/${content.embargoed.slug}`,
      '/pl/nie-ma-takiej-informacji',
      `/pl/packs/${content.hiddenPack.slug}`,
      '/pl/packs/nie-ma-takiego-pakietu',
      '/pl/a/b/c',
    ]
    const answers = await Promise.all(paths.map(page))
    for (const a of answers) expect(a.res.status).toBe(404)
    // Byte for byte the same: nothing tells a hidden release from one that never existed.
    expect(new Set(answers.map((a) => a.html)).size).toBe(1)
    const { html, document } = answers[0]
    expect(html).not.toContain(content.embargoed.headline)
    expect(html).not.toContain(content.draft.headline)
    // Readable as sent, with no script to run: heading, text and the way back, in Polish.
    expect(html).not.toContain('<script')
    expect(document.documentElement.lang).toBe('pl')
    expect(document.querySelector('h1')?.textContent).toBe('Nie znaleziono strony')
    expect(mainText(document)).toContain('Nie ma tu takiej strony albo nie jest jeszcze publiczna.')
    expect(document.querySelector('main a[href="/pl"]')?.textContent).toBe(
      'Wróć do informacji prasowych',
    )
    const uk = await page(`/uk/${content.embargoed.slug}`)
    expect(uk.res.status).toBe(404)
    expect(uk.document.documentElement.lang).toBe('uk')
    expect(uk.document.querySelector('h1')?.textContent).toBe('Сторінку не знайдено')
    expect(uk.document.querySelector('main a[href="/uk"]')).not.toBeNull()
  })

  it('shows a public pack with its releases and downloads', async () => {
    const { res, document } = await page(`/pl/packs/${content.pack.slug}`)
    expect(res.status).toBe(200)
    expect(document.querySelector('h1')?.textContent).toBe('Pakiet: tramwaje na Kazimierzu')
    expect([...document.querySelectorAll('.release-card h2')].map((h) => h.textContent)).toEqual([
      content.published.headline,
      content.lifted.headline,
    ])
    const pdf = document.querySelector(`a[href^="/api/press-packs/${content.pack.slug}/pdf"]`)
    expect(pdf).not.toBeNull()
    const index = await page('/pl/packs')
    expect(mainText(index.document)).toContain('Pakiet: tramwaje na Kazimierzu')
    expect(mainText(index.document)).not.toContain('Pakiet z embargiem')
  })

  it('lists the press contacts with mailto: and tel: links', async () => {
    const { res, document } = await page('/pl/contacts')
    expect(res.status).toBe(200)
    expect(mainText(document)).toContain('Katarzyna Nowacka')
    expect(document.querySelector('main a[href="mailto:rzecznik@krakow.example"]')).not.toBeNull()
    expect(document.querySelector('main a[href="tel:+48125550110"]')).not.toBeNull()
  })

  it('is rendered for every request: never cacheable by a browser or a proxy', async () => {
    for (const path of ['/pl', `/pl/${content.published.slug}`, '/pl/feed.xml', '/sitemap.xml']) {
      const cacheControl = (await get(path)).headers.get('cache-control') ?? ''
      expect(cacheControl).toMatch(/no-cache|no-store/)
      expect(cacheControl).not.toMatch(/s-maxage|immutable/)
    }
  })
})

describe('<head> of a release page', () => {
  it('has title, description, canonical, hreflang alternates with x-default, Open Graph and Twitter card', async () => {
    const { document } = await page(`/pl/${content.published.slug}`)
    const meta = (sel: string) => document.querySelector(sel)?.getAttribute('content')
    expect(document.title).toContain('Nowe przystanki tramwajowe na Kazimierzu')
    expect(meta('meta[name="description"]')).toBe(content.published.lead)
    const canonical = `${site}/pl/${content.published.slug}`
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(canonical)
    const alternates = Object.fromEntries(
      [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
        l.getAttribute('hreflang'),
        l.getAttribute('href'),
      ]),
    )
    expect(alternates).toEqual({
      pl: canonical,
      en: `${site}/en/${content.published.slug}`,
      'x-default': canonical,
    })
    expect(meta('meta[property="og:title"]')).toBe('Nowe przystanki tramwajowe na Kazimierzu')
    expect(meta('meta[property="og:type"]')).toBe('article')
    expect(meta('meta[property="og:url"]')).toBe(canonical)
    expect(meta('meta[property="og:image"]')).toMatch(new RegExp(`^${site}/api/media/file/`))
    expect(meta('meta[name="twitter:card"]')).toBe('summary_large_image')
    expect(meta('meta[name="twitter:title"]')).toBe('Nowe przystanki tramwajowe na Kazimierzu')
  })

  it('carries one JSON-LD NewsArticle with the public time and the office as publisher', async () => {
    const { document } = await page(`/pl/${content.lifted.slug}`)
    const blocks = document.querySelectorAll('script[type="application/ld+json"]')
    expect(blocks).toHaveLength(1)
    const ld = JSON.parse(blocks[0].textContent ?? '')
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: content.lifted.headline,
      description: content.lifted.lead,
      datePublished: content.lifted.embargoUntil,
      dateModified: expect.any(String),
      inLanguage: 'pl',
      author: { '@type': 'GovernmentOrganization' },
      publisher: { '@type': 'GovernmentOrganization', url: site },
      mainEntityOfPage: { '@id': `${site}/pl/${content.lifted.slug}` },
    })
  })
})

describe('feeds, sitemap and robots.txt', () => {
  it('serves RSS 2.0 with absolute links, public time as pubDate, public releases only', async () => {
    const res = await get('/pl/feed.xml')
    expect(res.headers.get('content-type')).toContain('application/rss+xml')
    const feed = xml(await res.text())
    expect(feed.querySelector('parsererror')).toBeNull()
    expect(feed.documentElement.getAttribute('version')).toBe('2.0')
    const items = [...feed.querySelectorAll('channel > item')]
    const titles = items.map((i) => i.querySelector('title')?.textContent)
    expect(titles).toEqual([
      content.published.headline,
      content.lifted.headline,
      content.polishOnly.headline,
    ])
    for (const i of items)
      expect(i.querySelector('link')?.textContent).toMatch(new RegExp(`^${site}/pl/`))
    const lifted = items[1]
    expect(new Date(lifted.querySelector('pubDate')!.textContent!).toISOString()).toBe(
      new Date(new Date(content.lifted.embargoUntil!).setMilliseconds(0)).toISOString(),
    )
  })

  it('serves Atom 1.0 and narrows both feeds by ?topic=', async () => {
    const atom = xml(await (await get('/pl/atom.xml?topic=architektura')).text())
    expect(atom.documentElement.namespaceURI).toBe('http://www.w3.org/2005/Atom')
    const entries = [...atom.getElementsByTagName('entry')]
    expect(entries.map((e) => e.getElementsByTagName('title')[0].textContent)).toEqual([
      content.lifted.headline,
    ])
    expect(entries[0].getElementsByTagName('link')[0].getAttribute('href')).toBe(
      `${site}/pl/${content.lifted.slug}`,
    )
    const rss = xml(await (await get('/pl/feed.xml?topic=transport')).text())
    expect([...rss.querySelectorAll('item > title')].map((t) => t.textContent)).toEqual([
      content.published.headline,
    ])
  })

  it('lists every public release and pack in every language it has in /sitemap.xml, with hreflang', async () => {
    const raw = await (await get('/sitemap.xml')).text()
    const map = xml(raw)
    expect(map.querySelector('parsererror')).toBeNull()
    const locs = [...map.getElementsByTagName('loc')].map((l) => l.textContent)
    expect(locs).toEqual(
      expect.arrayContaining([
        `${site}/pl/${content.published.slug}`,
        `${site}/en/${content.published.slug}`,
        `${site}/pl/${content.polishOnly.slug}`,
        `${site}/pl/packs/${content.pack.slug}`,
      ]),
    )
    expect(locs).not.toContain(`${site}/en/${content.polishOnly.slug}`)
    // The pack has a Polish title only.
    expect(locs).not.toContain(`${site}/en/packs/${content.pack.slug}`)
    for (const hidden of [content.embargoed.slug, content.draft.slug, content.hiddenPack.slug])
      expect(raw).not.toContain(hidden)
    const url = [...map.getElementsByTagName('url')].find(
      (u) =>
        u.getElementsByTagName('loc')[0].textContent === `${site}/pl/${content.published.slug}`,
    )!
    expect(url.getElementsByTagName('lastmod')[0].textContent).toBeTruthy()
    const alternates = [...url.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')].map(
      (l) => l.getAttribute('hreflang'),
    )
    expect(alternates).toEqual(['pl', 'en'])
  })

  it('points robots.txt at the sitemap', async () => {
    const text = await (await get('/robots.txt')).text()
    expect(text).toContain(`Sitemap: ${site}/sitemap.xml`)
    expect(text).toContain('Disallow: /admin')
  })
})

describe('search', () => {
  const hitsOf = (document: Document) =>
    [...document.querySelectorAll('.release-card h2')].map((h) =>
      (h.textContent ?? '').replace(/\u00a0/g, ' '),
    )

  it('finds words without their diacritics, ranks a headline match first and marks the words', async () => {
    const { res, document } = await page('/pl/search?q=zrodla')
    expect(res.status).toBe(200)
    expect(hitsOf(document)).toEqual([content.polishOnly.headline, content.published.headline])
    expect(
      [...document.querySelectorAll('.release-card h2 mark')].map((m) => m.textContent),
    ).toEqual(['Źródła'])
    expect(
      [...document.querySelectorAll('.release-card p mark')].map((m) => m.textContent),
    ).toContain('źródła')
    const krakow = await page('/pl/search?q=krakow')
    expect(hitsOf(krakow.document)).toContain(content.published.headline)
  })

  it('searches only public releases, each in the language its page at that address shows', async () => {
    expect(hitsOf((await page('/pl/search?q=metra')).document)).toEqual([])
    expect(hitsOf((await page('/pl/search?q=szkic%20mostu')).document)).toEqual([])
    expect(hitsOf((await page('/en/search?q=kazimierz')).document)).toEqual([
      'New tram stops in Kazimierz',
    ])
    // No Ukrainian version: /uk/{slug} shows it in Polish, and so does the Ukrainian search.
    const uk = (await page('/uk/search?q=kazimierz')).document
    expect(hitsOf(uk)).toEqual(['Nowe przystanki tramwajowe na Kazimierzu'])
    expect(uk.querySelector('.release-list [lang="pl"] h2')?.textContent).toBe(
      'Nowe przystanki tramwajowe na Kazimierzu',
    )
  })

  it('answers an empty, a 500-character and a 10 kB query normally, echoing the query escaped', async () => {
    expect((await get('/pl/search')).status).toBe(200)
    expect((await get('/pl/search?q=')).status).toBe(200)
    const long = await page(`/pl/search?q=${'tramwaj '.repeat(62)}`)
    expect(long.res.status).toBe(200)
    expect((await get(`/pl/search?q=${'x'.repeat(10_000)}`)).status).toBe(200)
    const hostile = '<img src=x onerror=alert(1)>'
    const echoed = await page(`/pl/search?q=${encodeURIComponent(hostile)}`)
    expect(echoed.html).not.toContain(hostile)
    expect(echoed.document.querySelector('main input[name="q"]')?.getAttribute('value')).toBe(
      hostile,
    )
  })
})

describe('the embargo moment over real HTTP', () => {
  // The moment itself, to the millisecond and through the newsroom's cache, is moved with an
  // injected clock in tests/suites/newsroomClock.ts; here the server's own clock decides, so the
  // embargo is moved instead of waiting for it.
  it('shows a release on every surface once its embargo has passed, and hides it at once when unpublished', async () => {
    const release = await makeRelease(local, {
      _status: 'published',
      headline: 'Embargo test: nowy park na Zabłociu',
      date: new Date(Date.now() - 3600_000).toISOString(),
      embargoUntil: new Date(Date.now() + 3600_000).toISOString(),
      lead: 'Park otwarty.',
    })
    const surfaces = async () => {
      const [list, own, feed, map] = await Promise.all([
        get('/pl').then((r) => r.text()),
        get(`/pl/${release.slug}`),
        get('/pl/feed.xml').then((r) => r.text()),
        get('/sitemap.xml').then((r) => r.text()),
      ])
      return {
        list: list.includes('nowy park na Zabłociu'),
        page: own.status === 200,
        feed: feed.includes('nowy park na Zabłociu'),
        sitemap: map.includes(release.slug!),
      }
    }
    expect(await surfaces()).toEqual({ list: false, page: false, feed: false, sitemap: false })

    await local.update({
      collection: 'press-releases',
      id: release.id,
      data: { embargoUntil: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })
    expect(await surfaces()).toEqual({ list: true, page: true, feed: true, sitemap: true })

    await local.update({
      collection: 'press-releases',
      id: release.id,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    expect(await surfaces()).toEqual({ list: false, page: false, feed: false, sitemap: false })
  }, 30_000)
})

describe('bad input', () => {
  it('answers an unknown language with the 404 page in every language, not an error', async () => {
    for (const path of ['/xx', '/de/cokolwiek', '/xx/feed.xml']) {
      const { res, html, document } = await page(path)
      expect(res.status).toBe(404)
      expect(html).not.toContain('<script')
      expect(document.querySelector('h1')?.textContent).toBe('Nie znaleziono strony')
      expect([...document.querySelectorAll('main a')].map((a) => a.getAttribute('href'))).toEqual([
        '/pl',
        '/en',
        '/uk',
      ])
    }
  })

  it('reads bad ?page= and ?topic= as a normal page and shows typed text escaped', async () => {
    for (const q of ['page=-1', 'page=abc', 'page=99999999999', 'year=abc&month=13']) {
      expect((await get(`/pl?${q}`)).status).toBe(200)
    }
    const hostile = '<script>alert(1)</script>'
    const { res, html, document } = await page(`/pl?topic=${encodeURIComponent(hostile)}`)
    expect(res.status).toBe(200)
    expect(html).not.toContain(hostile)
    expect(document.querySelector('select[name="topic"] option[selected]')?.textContent).toBe(
      hostile,
    )
  })

  it('answers an address whose %-encoding does not decode with a readable 404 page, not a 500', async () => {
    for (const path of ['/pl/%E0%A4%A', '/%E0%A4%A', '/pl/packs/%E0%A4%A', '/pl/search/%ZZ']) {
      const { res, document } = await page(path)
      expect(res.status).toBe(404)
      expect(document.querySelector('h1')?.textContent).toBe('Nie znaleziono strony')
      expect(document.querySelector('a[href="/pl"]')).not.toBeNull()
    }
  })

  it('answers a 10 kB query string and slugs with ../ or %00 with a page or a 404, never a 500', async () => {
    expect((await get(`/pl?topic=${'a'.repeat(10_000)}`)).status).toBe(200)
    for (const path of [
      '/pl/..%2F..%2Fetc%2Fpasswd',
      '/pl/%2e%2e',
      '/pl/abc%00def',
      '/pl/%00',
      '/pl/packs/..%2F1',
    ]) {
      const res = await get(path)
      expect([307, 308, 400, 404]).toContain(res.status)
      if (res.status < 400)
        expect(res.headers.get('location')).toMatch(/^(http:\/\/127\.0\.0\.1:\d+)?\/pl$/)
      expect(await res.text()).not.toMatch(/at .*\.js:\d+|Error:/)
    }
  })
})

describe('a pack holding a withdrawn release', () => {
  const withdraw = (id: number, state: 'withdrawn' | 'superseded', note: string) =>
    local.update({
      collection: 'press-releases',
      id,
      data: { withdrawal: { state, note, at: '2026-12-07T23:30:00.000Z', by: 'Test' } },
      context: { [withdrawalWriteKey]: true },
      overrideAccess: true,
    })
  const packOf = (title: string, releases: number[]) =>
    local.create({
      collection: 'press-packs',
      overrideAccess: true,
      data: { title, date: '2026-12-01T10:00:00.000Z', releases, _status: 'published' },
    })

  it('stays on record at its address and in its PDF with the withdrawal shown, out of the pack list and sitemap', async () => {
    const kept = await makeRelease(local, { headline: 'Jarmark na Rynku Głównym' })
    const dropped = await makeRelease(local, { headline: 'Pokaz sztucznych ogni nad Wisłą' })
    const pack = await packOf('Pakiet: sylwester w Krakowie', [kept.id, dropped.id])
    const at = `/pl/packs/${pack.slug}`
    // Read once before, so a cached page or list cannot answer after the withdrawal.
    expect(mainText((await page('/pl/packs')).document)).toContain(pack.title)
    expect((await page(at)).document.querySelector('.withdrawal-notice')).toBeNull()

    await withdraw(dropped.id, 'withdrawn', 'Pokaz odwołano z powodu wiatru.')
    const { res, document } = await page(at)
    expect(res.status).toBe(200)
    const cards = [...document.querySelectorAll('.release-card')]
    expect(cards.map((c) => c.querySelector('h2')?.textContent)).toEqual([
      kept.headline,
      dropped.headline,
    ])
    expect(cards[0].querySelector('.withdrawal-notice')).toBeNull()
    // The office's timezone (Warsaw): 23:30 UTC on 7 December is already 8 December there (UTC+1).
    expect(cards[1].querySelector('.withdrawal-notice')?.textContent).toBe(
      'Wycofano 8 grudnia 2026 r.: Pokaz odwołano z powodu wiatru.',
    )
    expect(mainText((await page('/pl/packs')).document)).not.toContain(pack.title)
    expect(await (await get('/sitemap.xml')).text()).not.toContain(`/packs/${pack.slug}<`)
    const pdf = await get(`/api/press-packs/${pack.slug}/pdf?locale=pl`)
    expect(pdf.status).toBe(200)
    const text = execFileSync('pdftotext', ['-', '-'], {
      input: Buffer.from(await pdf.arrayBuffer()),
    }).toString()
    expect(text.replace(/\s+/g, ' ')).toContain('Pokaz odwołano z powodu wiatru.')
    const rest = await get(`/api/press-packs?where[slug][equals]=${pack.slug}&depth=0`)
    expect(((await rest.json()) as { totalDocs: number }).totalDocs).toBe(1)
  }, 120_000)

  it('leaves the public with the release when it is superseded', async () => {
    const old = await makeRelease(local, { headline: 'Rozkład jazdy na święta' })
    const pack = await packOf('Pakiet: święta w komunikacji', [old.id])
    expect((await page(`/pl/packs/${pack.slug}`)).res.status).toBe(200)
    await withdraw(old.id, 'superseded', '')
    expect((await page(`/pl/packs/${pack.slug}`)).res.status).toBe(404)
    expect(mainText((await page('/pl/packs')).document)).not.toContain(pack.title)
  })
})
