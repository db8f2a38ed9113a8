import type { Payload } from 'payload'

import { JSDOM } from 'jsdom'

import type { PressRelease } from '../../src/payload-types'

import { buildFeed } from '../../src/newsroom/feeds'
import { loadReleasePage, newsArticle } from '../../src/newsroom/releasePage'
import { findPublicPack, findPublicRelease, listReleases } from '../../src/newsroom/releases'
import { searchReleases } from '../../src/newsroom/search'
import { buildSitemap } from '../../src/newsroom/sitemap'
import { makeRelease } from '../helpers/content'
import { bootPayload, type TestDatabase, type TestPayload } from '../helpers/payload'

/**
 * The embargo moment on every newsroom surface, with the clock injected: a release whose embargo
 * lifts at T is nowhere at T − 1 s and everywhere at T. (T lies a little in the past, so the
 * collection's own access rule, which reads the real clock, agrees.)
 */
export const newsroomClockSuite = (db: TestDatabase) => {
  let t: TestPayload
  let payload: Payload
  let release: PressRelease
  let packSlug: string
  let lift: Date

  beforeAll(async () => {
    t = await bootPayload('newsroom-clock', db)
    payload = t.payload
    lift = new Date(Date.now() - 5000)
    lift.setMilliseconds(0)
    release = await makeRelease(payload, {
      _status: 'published',
      headline: 'Łąki kwietne zamiast trawników na Plantach',
      date: new Date(lift.getTime() - 86_400_000).toISOString(),
      embargoUntil: lift.toISOString(),
      // Published an hour before its embargo lifted: public since the lift.
      firstPublishedAt: new Date(lift.getTime() - 3600_000).toISOString(),
      lead: 'Zarząd Zieleni Miejskiej obsieje pięć hektarów.',
      topics: ['zieleń'],
    })
    const pack = await payload.create({
      collection: 'press-packs',
      data: {
        title: 'Pakiet: łąki',
        date: lift.toISOString(),
        releases: [release.id],
        _status: 'published',
      },
      overrideAccess: true,
    })
    packSlug = pack.slug!
  })
  afterAll(async () => t?.destroy())

  const surfaces = async (now: Date) => {
    const list = await listReleases(payload, 'pl', { page: 1 }, now)
    const topic = await listReleases(payload, 'pl', { page: 1, topic: 'zieleń' }, now)
    const page = await findPublicRelease(payload, release.slug!, 'pl', now)
    const rss = new JSDOM(await buildFeed(payload, 'pl', 'rss', now), { contentType: 'text/xml' })
      .window.document
    const atom = await buildFeed(payload, 'pl', 'atom', now)
    const sitemap = await buildSitemap(payload, now)
    const search = await searchReleases(payload, 'pl', 'laki kwietne', now)
    const pack = await findPublicPack(payload, packSlug, 'pl', now)
    return {
      list: list.docs.some((d) => d.id === release.id),
      topic: topic.totalDocs,
      page: page?.release.id === release.id,
      rss: [...rss.querySelectorAll('item > title')].some(
        (i) => i.textContent === release.headline,
      ),
      atom: atom.includes(`/pl/${release.slug}`),
      sitemap: sitemap.includes(`/pl/${release.slug}<`),
      search: search.hits.map((h) => h.id),
      pack: pack?.slug ?? null,
    }
  }

  it('shows the release nowhere one second before its embargo lifts', async () => {
    expect(await surfaces(new Date(lift.getTime() - 1000))).toEqual({
      list: false,
      topic: 0,
      page: false,
      rss: false,
      atom: false,
      sitemap: false,
      search: [],
      pack: null,
    })
  })

  it('shows the release everywhere from the moment its embargo lifts', async () => {
    expect(await surfaces(lift)).toEqual({
      list: true,
      topic: 1,
      page: true,
      rss: true,
      atom: true,
      sitemap: true,
      search: [release.id],
      pack: packSlug,
    })
  })

  it('answers from no cache past the lift: asked twice a millisecond before, then at the moment', async () => {
    const before = new Date(lift.getTime() - 1)
    expect((await surfaces(before)).list).toBe(false)
    expect((await surfaces(before)).list).toBe(false)
    expect(await surfaces(lift)).toMatchObject({
      list: true,
      page: true,
      rss: true,
      sitemap: true,
      search: [release.id],
    })
  })

  it('gives the lift time as the release’s public time in the feed', async () => {
    const rss = new JSDOM(await buildFeed(payload, 'pl', 'rss', lift), { contentType: 'text/xml' })
      .window.document
    const item = [...rss.querySelectorAll('item')].find(
      (i) => i.querySelector('title')?.textContent === release.headline,
    )!
    expect(new Date(item.querySelector('pubDate')!.textContent!).toISOString()).toBe(
      lift.toISOString(),
    )
  })

  it('dates a release by its publication, never by its dateline (JSON-LD, feed)', async () => {
    const dateline = '2025-10-15T10:00:00.000Z'
    const publishedAt = new Date(lift.getTime() - 7200_000)
    publishedAt.setMilliseconds(0)
    const dated = await makeRelease(payload, {
      headline: 'Nowa ścieżka rowerowa wzdłuż Wisły',
      date: dateline,
      firstPublishedAt: publishedAt.toISOString(),
    })
    // Published before the field existed and left undated by its migration.
    const undated = await makeRelease(payload, {
      headline: 'Remont mostu Dębnickiego',
      date: dateline,
    })
    await payload.db.updateOne({
      collection: 'press-releases',
      where: { id: { equals: undated.id } },
      data: { firstPublishedAt: null },
    })
    const now = new Date()
    const datePublished = async (slug: string) =>
      newsArticle((await loadReleasePage(payload, slug, 'pl', now))!).datePublished
    expect(await datePublished(dated.slug!)).toBe(publishedAt.toISOString())
    expect(await datePublished(undated.slug!)).toBeUndefined()

    const atom = new JSDOM(await buildFeed(payload, 'pl', 'atom', now), { contentType: 'text/xml' })
      .window.document
    const entry = (headline: string) =>
      [...atom.querySelectorAll('entry')].find(
        (e) => e.querySelector('title')?.textContent === headline,
      )
    const published = entry(dated.headline)?.querySelector('published')?.textContent
    expect(new Date(published!).toISOString()).toBe(publishedAt.toISOString())
    expect(entry(undated.headline)).toBeUndefined()
  })

  it('hides the release at once when it is unpublished', async () => {
    await payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    const now = new Date()
    expect((await surfaces(now)).page).toBe(false)
    expect((await surfaces(now)).search).toEqual([])
  })
}
