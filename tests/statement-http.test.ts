import type { Payload } from 'payload'

import { JSDOM, VirtualConsole } from 'jsdom'

import { accessibilityStatement } from '../src/seed/office'
import { seed } from '../src/seed'
import { citizensBudget } from '../src/seed/releases/citizensBudget'
import { localPayloadOf, startServer, type TestServer } from './helpers/server'

/**
 * The accessibility statement and the easy-to-read text over real HTTP, on the sample content the
 * seed writes for the fictional Kraków office, as an anonymous visitor.
 */
const site = 'http://news.krakow.example'
let server: TestServer
let local: Payload
let budgetSlug: string

// jsdom's CSS parser does not know the print CSS's @page margin boxes: keep its complaints quiet.
const quiet = new VirtualConsole()
const dom = (html: string) => new JSDOM(html, { virtualConsole: quiet }).window.document
const get = (path: string) => fetch(`${server.url}${path}`, { redirect: 'manual' })
const page = async (path: string) => {
  const res = await get(path)
  const html = await res.text()
  return { res, html, document: dom(html) }
}
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim()

beforeAll(async () => {
  server = await startServer('statement', { PRESSROOM_PUBLIC_URL: site })
  local = await localPayloadOf(server)
  await seed(local)
  const found = await local.find({
    collection: 'press-releases',
    where: { headline: { equals: citizensBudget.text.pl.headline } },
    locale: 'pl',
    limit: 1,
  })
  budgetSlug = found.docs[0].slug!
}, 300_000)

afterAll(async () => {
  await local?.destroy()
  await server?.stop()
})

// The element ids of the ministry's structure (docs/ACCESSIBILITY.md lists them, what each holds
// and how far they could be checked against the document).
const requiredIds = [
  'a11y-wstep',
  'a11y-podmiot',
  'a11y-zakres',
  'a11y-url',
  'a11y-data-publikacja',
  'a11y-data-aktualizacja',
  'a11y-status',
  'a11y-data-sporzadzenie',
  'a11y-data-przeglad',
  'a11y-kontakt',
  'a11y-osoba',
  'a11y-email',
  'a11y-telefon',
  'a11y-procedura',
  'a11y-architektura',
  'a11y-komunikacja',
  'a11y-aplikacje',
]

describe('the accessibility statement', () => {
  it('has every required a11y-* element once, filled from the office settings the seed wrote', async () => {
    const { res, document } = await page('/pl/deklaracja-dostepnosci')
    expect(res.status).toBe(200)
    expect(document.documentElement.lang).toBe('pl')
    for (const id of requiredIds) {
      expect([id, document.querySelectorAll(`#${id}`).length]).toEqual([id, 1])
    }
    const byId = (id: string) => document.getElementById(id)!
    expect(document.querySelector('h1')?.textContent).toBe('Deklaracja dostępności')
    expect(byId('a11y-podmiot').textContent).toBe(accessibilityStatement.bodyName.pl)
    expect(byId('a11y-wstep').contains(byId('a11y-podmiot'))).toBe(true)
    expect(byId('a11y-wstep').contains(byId('a11y-url'))).toBe(true)
    expect(squash(byId('a11y-wstep').textContent)).toContain(
      'zobowiązuje się zapewnić dostępność swojej strony internetowej zgodnie z ustawą z dnia 4 kwietnia 2019 r.',
    )
    expect(byId('a11y-url').getAttribute('href')).toBe(`${site}/pl`)
    for (const [id, day] of [
      ['a11y-data-publikacja', '2024-09-02'],
      ['a11y-data-aktualizacja', '2026-11-30'],
      ['a11y-data-sporzadzenie', '2025-03-14'],
    ]) {
      expect(byId(id).tagName).toBe('TIME')
      expect([id, byId(id).getAttribute('datetime'), byId(id).textContent]).toEqual([id, day, day])
    }
    expect(byId('a11y-data-przeglad').getAttribute('datetime')).toBe('2026-03-16')
    expect(byId('a11y-zakres').textContent).toBe('strony internetowej')
    expect(byId('a11y-wstep').contains(byId('a11y-zakres'))).toBe(true)
    expect(byId('a11y-status').textContent).toContain('jest częściowo zgodna z ustawą')
    const text = squash(document.querySelector('main')?.textContent)
    expect(text).toContain(
      'Niektóre zdjęcia przekazane przez inne instytucje nie mają tekstu alternatywnego',
    )
    expect(text).toContain('na podstawie samooceny')
    // The seed's office claims no disproportionate burden: no link to an assessment of one.
    expect(document.getElementById('a11y-ocena')).toBeNull()
    expect(byId('a11y-osoba').textContent).toBe(accessibilityStatement.contactPerson)
    expect(byId('a11y-email').getAttribute('href')).toBe(
      `mailto:${accessibilityStatement.contactEmail}`,
    )
    expect(byId('a11y-email').textContent).toBe(accessibilityStatement.contactEmail)
    expect(byId('a11y-telefon').getAttribute('href')).toBe('tel:+48125550130')
    expect(byId('a11y-telefon').textContent).toBe(accessibilityStatement.contactPhone)
    expect(byId('a11y-procedura').tagName).toMatch(/^H[23]$/)
    expect(text).toContain('nie później niż w ciągu 7 dni od dnia wystąpienia z żądaniem')
    expect(text).toContain('Rzecznika Praw Obywatelskich')
    expect(byId('a11y-architektura').nextElementSibling?.textContent).toContain(
      'pl. Wszystkich Świętych 3–4',
    )
    expect(text).toContain('pętla indukcyjna')
    expect(byId('a11y-komunikacja').textContent).toBe('Dostępność komunikacyjno-informacyjna')
    expect(byId('a11y-komunikacja').nextElementSibling?.textContent).toContain(
      'tłumaczem polskiego języka migowego',
    )
    expect(byId('a11y-aplikacje').nextElementSibling?.textContent).toBe(
      'Podmiot nie udostępnia aplikacji mobilnych.',
    )
  })

  it('links the disproportionate burden assessment as a11y-ocena once the office names one, and drops it when emptied', async () => {
    const assessment = 'https://bip.krakow.example/analiza-nadmiernego-obciazenia-2026.pdf'
    const setBurden = (burdenAnalysisUrl: string | null) =>
      local.updateGlobal({
        slug: 'press-office',
        data: { accessibility: { burdenAnalysisUrl } },
      })
    await setBurden(assessment)
    try {
      for (const [locale, words] of [
        ['pl', 'Wynik analizy nadmiernego obciążenia'],
        ['en', 'The assessment of the disproportionate burden'],
        ['uk', 'Результат оцінки непропорційного навантаження'],
      ]) {
        const { document } = await page(`/${locale}/deklaracja-dostepnosci`)
        const link = document.querySelectorAll('#a11y-ocena')
        expect([locale, link.length, link[0]?.tagName]).toEqual([locale, 1, 'A'])
        expect(link[0].getAttribute('href')).toBe(assessment)
        expect(link[0].textContent).toBe(words)
      }
    } finally {
      await setBurden(null)
    }
    const { document } = await page('/pl/deklaracja-dostepnosci')
    expect(document.getElementById('a11y-ocena')).toBeNull()
  })

  it('is there in English and Ukrainian at the same path, with the office’s words in that language', async () => {
    const en = await page('/en/deklaracja-dostepnosci')
    expect(en.res.status).toBe(200)
    expect(en.document.documentElement.lang).toBe('en')
    expect(en.document.querySelector('h1')?.textContent).toBe('Accessibility statement')
    expect(en.document.getElementById('a11y-podmiot')?.textContent).toBe('Kraków City Hall')
    expect(en.document.getElementById('a11y-url')?.getAttribute('href')).toBe(`${site}/en`)
    expect(squash(en.document.querySelector('main')?.textContent)).toContain('no later than 7 days')
    const uk = await page('/uk/deklaracja-dostepnosci')
    expect(uk.res.status).toBe(200)
    expect(uk.document.getElementById('a11y-podmiot')?.textContent).toBe('Міська рада Кракова')
    expect(uk.document.getElementById('a11y-architektura')?.textContent).toBe(
      'Архітектурна доступність',
    )
    for (const d of [en.document, uk.document]) {
      for (const id of requiredIds)
        expect([id, d.querySelectorAll(`#${id}`).length]).toEqual([id, 1])
    }
  })

  it('is linked from the footer and named by <meta name="deklaracja-dostępności"> on every page kind, the 404 page too', async () => {
    const paths = [
      '/pl',
      `/pl/${budgetSlug}`,
      '/pl/contacts',
      '/pl/search?q=budżet',
      '/pl/subscribe',
      '/pl/packs',
      '/pl/deklaracja-dostepnosci',
    ]
    for (const path of [...paths, '/en', '/uk/contacts', '/pl/no-such-release']) {
      const { res, document } = await page(path)
      const locale = path.split('/')[1]
      expect([path, res.status]).toEqual([path, path.includes('no-such') ? 404 : 200])
      const meta = document.querySelectorAll('meta[name="deklaracja-dostępności"]')
      expect([path, meta.length, meta[0]?.getAttribute('content')]).toEqual([
        path,
        1,
        `${site}/${locale}/deklaracja-dostepnosci`,
      ])
      const link = document.querySelector(`footer a[href="/${locale}/deklaracja-dostepnosci"]`)
      expect([path, link?.textContent]).toEqual([
        path,
        {
          pl: 'Deklaracja dostępności',
          en: 'Accessibility statement',
          uk: 'Декларація доступності',
        }[locale],
      ])
    }
  })
})

describe('easy-to-read text', () => {
  it('shows on the release page under its own heading, marked with its language, linked from the top', async () => {
    const { res, document } = await page(`/pl/${budgetSlug}`)
    expect(res.status).toBe(200)
    const section = document.getElementById('easy-read')!
    expect(section.getAttribute('lang')).toBe('pl')
    expect(section.querySelector('h2')?.textContent).toBe('Tekst łatwy do czytania')
    expect(section.getAttribute('aria-labelledby')).toBe(section.querySelector('h2')?.id)
    expect(squash(section.textContent)).toContain('Głosować może każdy mieszkaniec Krakowa.')
    // One sentence a line, as written.
    expect(section.querySelectorAll('p')[0].querySelectorAll('br')).toHaveLength(2)
    const link = document.querySelector('a[href="#easy-read"]')!
    expect(link.textContent).toBe('Tekst łatwy do czytania')
    // Near the top: before the release's own text.
    const releaseText = document.getElementById('release-text')!
    expect(link.compareDocumentPosition(releaseText) & 4 /* FOLLOWING */).toBeTruthy()
  })

  it('is absent, heading and link, from a release without one and from a language that has none', async () => {
    const en = await page(`/en/${budgetSlug}`)
    expect(en.res.status).toBe(200)
    expect(en.document.getElementById('easy-read')).toBeNull()
    expect(en.document.querySelector('a[href="#easy-read"]')).toBeNull()
    expect(en.html).not.toContain('Easy-to-read text')
  })

  it('is in the HTML and TXT documents, and not in the English ones', async () => {
    const html = await get(`/api/press-releases/${budgetSlug}/html?locale=pl`)
    expect(html.status).toBe(200)
    const document = dom(await html.text())
    const section = document.getElementById('easy-read')!
    expect(section.getAttribute('lang')).toBe('pl')
    expect(section.querySelector('h2')?.textContent).toBe('Tekst łatwy do czytania')
    expect(squash(section.textContent)).toContain('Do wyboru są 94 pomysły.')
    expect(document.querySelector('a[href="#easy-read"]')?.textContent).toBe(
      'Tekst łatwy do czytania',
    )

    const txt = await (await get(`/api/press-releases/${budgetSlug}/txt?locale=pl`)).text()
    expect(txt).toContain(
      'TEKST ŁATWY DO CZYTANIA\n\nMieszkańcy Krakowa mogą teraz głosować.\nGłosują na pomysły dla miasta.\n',
    )
    // After the end mark, before the boilerplate.
    expect(txt.indexOf('###')).toBeLessThan(txt.indexOf('TEKST ŁATWY DO CZYTANIA'))
    expect(txt.indexOf('TEKST ŁATWY DO CZYTANIA')).toBeLessThan(txt.indexOf('O Krakowie'))

    const enTxt = await (await get(`/api/press-releases/${budgetSlug}/txt?locale=en`)).text()
    expect(enTxt).not.toMatch(/easy-to-read/i)
  })
})
