import type { Payload } from 'payload'

import { makeRelease, setupOffice } from './helpers/content'
import { startInstances, type TwoInstances, waitFor } from './helpers/instances'
import { describeOnPostgres } from './helpers/payload'

/**
 * The stored newsroom pages over real HTTP on two instances of one PostgreSQL database: pages,
 * feeds and the sitemap carry an ETag and answer 304; a release page unpublished while both
 * instances serve it under load is gone from both at once; a release whose embargo lifts appears
 * on both within a second of the lift. (The emergency notice on stored pages: crisis-http.)
 */
await describeOnPostgres(() => {
  let two: TwoInstances
  let payload: Payload

  beforeAll(async () => {
    two = await startInstances('rush')
    payload = await two.localPayload()
    await setupOffice(payload)
  }, 300_000) // includes `next build` when the sources changed
  afterAll(async () => {
    await two?.stop()
  }, 60_000)

  const statusOf = async (url: string) => {
    const res = await fetch(url)
    await res.arrayBuffer()
    return res.status
  }

  it('answers pages, feeds and the sitemap with an ETag and 304, from one render', async () => {
    const release = await makeRelease(payload, { headline: 'Utrudnienia na Moście Dębnickim' })
    // The first page after the start loads the newsroom's Payload, which tells the front server
    // where the content generation is; that one answer is Next's own.
    await statusOf(`${two.a.url}/pl/deklaracja-dostepnosci`)
    for (const path of [
      '/pl',
      `/pl/${release.slug}`,
      '/pl/feed.xml',
      '/sitemap.xml',
      '/pl/contacts',
    ]) {
      const first = await fetch(`${two.a.url}${path}`)
      const text = await first.text()
      expect([path, first.status]).toEqual([path, 200])
      const etag = first.headers.get('etag')
      expect(etag).toMatch(/^"p200-/)
      expect(first.headers.get('cache-control')).toBe('public, no-cache')
      const second = await fetch(`${two.a.url}${path}`)
      expect(await second.text()).toBe(text)
      expect(second.headers.get('etag')).toBe(etag)
      const again = await fetch(`${two.a.url}${path}`, { headers: { 'If-None-Match': etag! } })
      expect([path, again.status]).toEqual([path, 304])
    }
    // Search stays dynamic: no stored answer, no ETag of ours.
    const search = await fetch(`${two.a.url}/pl/search?q=most`)
    await search.arrayBuffer()
    expect(search.headers.get('etag') ?? '').not.toMatch(/^"p200-/)
  })

  it('drops a release page unpublished during a rush from both instances at once', async () => {
    const release = await makeRelease(payload, { headline: 'Ewakuacja osiedla nad Wisłą' })
    const page = `/pl/${release.slug}`
    for (const server of [two.a, two.b]) expect(await statusOf(`${server.url}${page}`)).toBe(200)
    let unpublishedAt = Infinity
    let running = true
    const late: string[] = []
    const reader = async (base: string) => {
      while (running) {
        const started = Date.now()
        const status = await statusOf(`${base}${page}`)
        // A request that began after the unpublishing returned must not see the release.
        if (started > unpublishedAt && status !== 404)
          late.push(`${base} ${status} ${started - unpublishedAt} ms after`)
      }
    }
    const readers = Array.from({ length: 16 }, (_, i) => reader(i % 2 ? two.a.url : two.b.url))
    await new Promise((resolve) => setTimeout(resolve, 500))
    await payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    unpublishedAt = Date.now()
    await new Promise((resolve) => setTimeout(resolve, 1500))
    running = false
    await Promise.all(readers)
    expect(late).toEqual([])
    for (const server of [two.a, two.b]) expect(await statusOf(`${server.url}${page}`)).toBe(404)
  }, 30_000)

  it('shows a release on both instances within a second of its embargo lifting', async () => {
    const lift = Date.now() + 4000
    const release = await makeRelease(payload, {
      headline: 'Komunikat po embargu: nowe zasady parkowania',
      embargoUntil: new Date(lift).toISOString(),
    })
    const page = `/pl/${release.slug}`
    // Both instances store the answers from before the lift (404, a list without it).
    for (const server of [two.a, two.b]) {
      expect(await statusOf(`${server.url}${page}`)).toBe(404)
      expect(await (await fetch(`${server.url}/pl`)).text()).not.toContain(release.slug!)
    }
    for (const server of [two.a, two.b]) {
      // The first time each shows it, asked every 100 ms from the lift on.
      const seenAt = await waitFor(
        'the release page after the lift',
        async () =>
          Date.now() >= lift && (await statusOf(`${server.url}${page}`)) === 200 && Date.now(),
        10_000,
        100,
      )
      expect(seenAt - lift).toBeLessThan(1000)
      expect(await (await fetch(`${server.url}/pl`)).text()).toContain(release.slug!)
    }
  }, 30_000)
})
