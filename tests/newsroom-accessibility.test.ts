import type { Browser, Page } from 'puppeteer'
import type { Payload } from 'payload'

import { locales } from '../src/lib/locales'
import { violationsOn } from './helpers/axe'
import { launchAdminBrowser } from './helpers/browser-e2e'
import type { PressRelease } from '../src/payload-types'
import { withdrawalWriteKey } from '../src/withdrawal/fields'
import { makeRelease } from './helpers/content'
import { makeNewsroomContent, type NewsroomContent } from './helpers/newsroom-content'
import { newsroomPages } from './helpers/newsroomPages'
import { localPayloadOf, startServer, type TestServer } from './helpers/server'

/**
 * WCAG 2.1 AA in the newsroom, in a real Chromium: axe-core on every page kind in every language
 * at a desktop and a phone width, the keyboard alone, reflow at 320 CSS px (400 % zoom) and
 * prefers-reduced-motion.
 */
let server: TestServer
let local: Payload
let content: NewsroomContent
let removed: PressRelease
let browser: Browser

beforeAll(async () => {
  server = await startServer('newsroom-accessibility')
  local = await localPayloadOf(server)
  content = await makeNewsroomContent(local)
  // The two record states with pages of their own: a withdrawn release (its text under the notice)
  // and one removed as published in error (410), written as the withdraw endpoint writes them.
  removed = await makeRelease(local, {
    _status: 'published',
    headline: 'Koncert na Rynku Głównym przeniesiony',
    lead: 'Informacja wysłana omyłkowo.',
  })
  for (const [release, state] of [
    [content.lifted, 'withdrawn'],
    [removed, 'error'],
  ] as const) {
    await local.update({
      collection: 'press-releases',
      id: release.id,
      data: {
        withdrawal: {
          state,
          note: 'Wydarzenie odwołano.',
          at: new Date().toISOString(),
          by: 'Test',
        },
      },
      context: { [withdrawalWriteKey]: true },
      overrideAccess: true,
    })
  }
  browser = await launchAdminBrowser()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await local?.destroy()
  await server?.stop()
})

const open = async (path: string, width = 1280) => {
  const page = await browser.newPage()
  // Each visit a first one: a page kept by the browser would come back 304 (the stored pages' ETag).
  await page.setCacheEnabled(false)
  await page.setViewport({ width, height: 800 })
  const res = await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle0' })
  return { page, status: res?.status() }
}

describe('axe-core, WCAG 2.1 A and AA: no violation of any impact', () => {
  for (const width of [1280, 360]) {
    it(`on every page kind in pl, en and uk at ${width} px`, async () => {
      const found: string[] = []
      for (const kind of newsroomPages(content, removed)) {
        for (const locale of locales) {
          const path = kind.path(locale)
          const { page, status } = await open(path, width)
          expect([path, status]).toEqual([path, kind.status])
          expect([path, await page.evaluate(() => document.documentElement.lang)]).toEqual([
            path,
            locale,
          ])
          for (const line of await violationsOn(page)) found.push(`${path} @${width}: ${line}`)
          await page.close()
        }
      }
      expect(found).toEqual([])
    }, 600_000)
  }
})

describe('axe-core with the emergency notice on', () => {
  it('finds nothing on the home and release pages in pl, en and uk at both widths', async () => {
    await local.updateGlobal({
      slug: 'press-office',
      data: {
        emergency: {
          active: true,
          kind: 'emergency',
          heading: 'Alarm powodziowy na Wiśle',
          text: 'Bulwary nad Wisłą są zamknięte do odwołania.',
          link: '/pl/contacts',
        },
      } as never,
      overrideAccess: true,
    })
    const found: string[] = []
    try {
      for (const kind of newsroomPages(content, removed).slice(0, 2))
        for (const locale of locales)
          for (const width of [1280, 360]) {
            const { page } = await open(kind.path(locale), width)
            expect(await page.$('.emergency')).not.toBeNull()
            for (const line of await violationsOn(page))
              found.push(`${kind.path(locale)} @${width}: ${line}`)
            await page.close()
          }
    } finally {
      await local.updateGlobal({
        slug: 'press-office',
        data: { emergency: { active: false } } as never,
        overrideAccess: true,
      })
    }
    expect(found).toEqual([])
  }, 300_000)
})

/** Where focus is: the element's tag, its words (or label), its place in document order. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return null
    const all = [...document.querySelectorAll('*')]
    const style = getComputedStyle(el)
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.getAttribute('aria-label') || el.textContent || (el as HTMLInputElement).name || '')
        .replace(/\s+/g, ' ')
        .trim(),
      href: el.getAttribute('href'),
      form: el.closest('form')?.getAttribute('action') ?? null,
      order: all.indexOf(el),
      focusVisible: el.matches(':focus-visible'),
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      shadow: style.boxShadow !== 'none',
    }
  })

/** Presses Tab until focus leaves the page or comes round again; what it stopped on. */
const tabThrough = async (page: Page) => {
  const stops: NonNullable<Awaited<ReturnType<typeof focused>>>[] = []
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab')
    const at = await focused(page)
    if (!at || (stops.length > 0 && at.order === stops[0]!.order)) break
    stops.push(at)
  }
  return stops
}

describe('the keyboard alone', () => {
  it('reaches every action on a release page in document order, each with a visible focus ring', async () => {
    const { page } = await open(`/pl/${content.published.slug}`)
    const stops = await tabThrough(page)
    expect(stops[0]).toMatchObject({ href: '#content' })
    // No positive tabindex: the order is the reading order.
    const orders = stops.map((s) => s.order)
    expect(orders).toEqual([...orders].sort((a, b) => a - b))
    const texts = stops.map((s) => s.text)
    expect(texts).toEqual(expect.arrayContaining(['PDF', 'HTML', 'TXT', 'Kopiuj tekst']))
    const hrefs = stops.map((s) => s.href)
    // The header's languages and search, the contact's e-mail, the footer's statement link.
    expect(hrefs).toEqual(expect.arrayContaining(['/en', `mailto:${content.contact.email}`]))
    expect(hrefs.some((h) => h?.endsWith('/deklaracja-dostepnosci'))).toBe(true)
    expect(stops.some((s) => s.form?.includes('search'))).toBe(true)
    const unseen = stops.filter((s) => !s.focusVisible || !(s.outline || s.shadow))
    expect(unseen).toEqual([])
    await page.close()
  }, 120_000)

  it('skips to the content: Enter on the skip link moves focus into main', async () => {
    const { page } = await open(`/pl/${content.published.slug}`)
    await page.keyboard.press('Tab')
    const skip = await page.evaluate(() => {
      const r = document.activeElement!.getBoundingClientRect()
      return { inView: r.left >= 0 && r.top >= 0 && r.width > 0 }
    })
    expect(skip.inView).toBe(true)
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('content')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true)
    await page.close()
  }, 60_000)

  it('fills and sends the subscribe form with Tab, Space and Enter: fields in the order they read', async () => {
    const { page } = await open('/pl/subscribe')
    const stops = await tabThrough(page)
    const form = stops.filter((s) => s.form === '/api/journalists/subscribe')
    expect(form.map((s) => s.tag)).toEqual([
      'input',
      'input',
      'input',
      ...form.slice(3, -1).map(() => 'input'),
      'button',
    ])
    expect(form.slice(0, 3).map((s) => s.text)).toEqual(['email', 'name', 'outlet'])
    expect(form.map((s) => s.text)).not.toContain('website')
    expect(stops.filter((s) => !s.focusVisible || !(s.outline || s.shadow))).toEqual([])
    await page.close()

    // Typed and sent without the mouse: the page answers with its confirmation notice.
    const again = await open('/pl/subscribe')
    await again.page.keyboard.press('Tab')
    while ((await focused(again.page))?.text !== 'email') await again.page.keyboard.press('Tab')
    await again.page.keyboard.type('reporterka@gazeta.example')
    await again.page.keyboard.press('Tab')
    await again.page.keyboard.type('Ewa Reporterka')
    await Promise.all([
      again.page.waitForNavigation({ waitUntil: 'networkidle0' }),
      again.page.keyboard.press('Enter'),
    ])
    expect(await again.page.$eval('.notice', (n) => n.textContent ?? '')).not.toBe('')
    expect(await again.page.$('.notice.error')).toBeNull()
    await again.page.close()
  }, 120_000)
})

describe('reflow and motion', () => {
  it('shows every page kind at 320 CSS px (400 % zoom) without horizontal scrolling', async () => {
    const wide: string[] = []
    for (const kind of newsroomPages(content, removed)) {
      for (const locale of locales) {
        const { page } = await open(kind.path(locale), 320)
        const { scroll, inner } = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          inner: window.innerWidth,
        }))
        if (scroll > inner) wide.push(`${kind.path(locale)}: ${scroll} > ${inner}`)
        await page.close()
      }
    }
    expect(wide).toEqual([])
  }, 300_000)

  it('stops transitions and animations when the reader asks for reduced motion', async () => {
    const moving = async (reduce: boolean) => {
      const { page } = await open(`/pl/${content.published.slug}`)
      if (reduce)
        await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }])
      // An element that moves, as a later style might add: the reduced-motion rule must still win.
      const result = await page.evaluate(() => {
        const probe = document.createElement('a')
        probe.href = '#'
        probe.textContent = 'probe'
        probe.style.transition = 'color 1s'
        probe.style.animation = 'probe 1s infinite'
        document.querySelector('main')!.append(probe)
        return [...document.querySelectorAll('*')].flatMap((el) => {
          const s = getComputedStyle(el)
          const moves =
            s.transitionDuration.split(',').some((d) => parseFloat(d) > 0.01) ||
            (s.animationName !== 'none' &&
              s.animationDuration.split(',').some((d) => parseFloat(d) > 0.01))
          return moves ? [el.tagName.toLowerCase() + (el.className ? `.${el.className}` : '')] : []
        })
      })
      const smooth = await page.evaluate(
        () => getComputedStyle(document.documentElement).scrollBehavior,
      )
      await page.close()
      return { result, smooth }
    }
    // Without the preference the probe moves (so the check below can fail) …
    expect((await moving(false)).result).toContain('a')
    // … with it nothing does.
    expect(await moving(true)).toEqual({ result: [], smooth: 'auto' })
  }, 60_000)
})
