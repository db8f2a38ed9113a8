import type { Payload } from 'payload'

import { makeRelease, setupOffice } from './helpers/content'
import { startInstances, type TwoInstances } from './helpers/instances'
import { describeOnPostgres } from './helpers/payload'

/**
 * The stored newsroom pages over real HTTP on two instances of one PostgreSQL database: pages,
 * feeds and the sitemap carry an ETag and answer 304; a release page unpublished while both
 * instances serve it under load is gone from both at once; a release whose embargo lifts is on
 * both for every request that begins after the lift and on neither for one that ended before it.
 * (How soon a rush is served: `npm run bench`. The emergency notice on stored pages: crisis-http.)
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

  /** Readers call `wake` after each answer; `once(check)` resolves at the first answer it holds. */
  let wake = () => {}
  const once = (check: () => boolean) =>
    new Promise<void>((resolve) => {
      wake = () => {
        if (check()) resolve()
      }
      wake()
    })

  it('drops a release page unpublished during a rush from both instances at once', async () => {
    const release = await makeRelease(payload, { headline: 'Ewakuacja osiedla nad Wisłą' })
    const page = `/pl/${release.slug}`
    for (const server of [two.a, two.b]) expect(await statusOf(`${server.url}${page}`)).toBe(200)
    let unpublishedAt = Infinity
    let running = true
    let before = 0
    let after = 0
    const late: string[] = []
    const reader = async (base: string) => {
      while (running) {
        const started = Date.now()
        const status = await statusOf(`${base}${page}`)
        // A request that began after the unpublishing returned must not see the release.
        if (started <= unpublishedAt) before++
        else if (status === 404) after++
        else late.push(`${base} ${status}`)
        wake()
      }
    }
    const readers = Array.from({ length: 16 }, (_, i) => reader(i % 2 ? two.a.url : two.b.url))
    // Unpublished once the readers are at it; they stop after 64 answers to requests begun later.
    await once(() => before >= 16)
    await payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    unpublishedAt = Date.now()
    await once(() => after + late.length >= 64)
    running = false
    await Promise.all(readers)
    expect(late).toEqual([])
    for (const server of [two.a, two.b]) expect(await statusOf(`${server.url}${page}`)).toBe(404)
  }, 60_000)

  it('shows a release on both instances from the moment its embargo lifts, not before', async () => {
    // Each instance has answered a page before (its first takes longest), so both answer in time
    // before the lift.
    for (const server of [two.a, two.b]) expect(await statusOf(`${server.url}/pl`)).toBe(200)
    const lift = Date.now() + 4000
    const release = await makeRelease(payload, {
      headline: 'Komunikat po embargu: nowe zasady parkowania',
      embargoUntil: new Date(lift).toISOString(),
    })
    const page = `/pl/${release.slug}`
    // What a reader saw: the page's status, or whether the list names the release.
    type Answer = { server: string; what: 'page' | 'list'; seen: string }
    // What each server answered, by whether the request ended before the lift or began after it.
    const early: Answer[] = []
    const late: Answer[] = []
    const count = (answers: Answer[], server: string, what: Answer['what']) =>
      answers.filter((a) => a.server === server && a.what === what).length
    const servers = [two.a.url, two.b.url]
    const enough = (answers: Answer[], least: number) =>
      servers.every((s) => count(answers, s, 'page') >= least && count(answers, s, 'list') >= least)
    let running = true
    const reader = async (server: string, what: Answer['what']) => {
      while (running) {
        const started = Date.now()
        const res = await fetch(`${server}${what === 'page' ? page : '/pl'}`)
        const text = await res.text()
        const ended = Date.now()
        const seen =
          what === 'page' ? String(res.status) : text.includes(release.slug!) ? 'listed' : 'absent'
        const answer = { server, what, seen }
        if (ended < lift) early.push(answer)
        else if (started >= lift) late.push(answer)
        wake()
      }
    }
    // Both instances serve and store the answers from before the lift; the readers go on through
    // it, and stop once every one of them has been answered a few times after it.
    const readers = servers.flatMap((s) => [
      reader(s, 'page'),
      reader(s, 'list'),
      reader(s, 'page'),
    ])
    await once(() => enough(late, 3))
    running = false
    await Promise.all(readers)
    expect(enough(early, 1)).toBe(true)
    expect(early.filter((a) => a.seen !== (a.what === 'page' ? '404' : 'absent'))).toEqual([])
    expect(late.filter((a) => a.seen !== (a.what === 'page' ? '200' : 'listed'))).toEqual([])
  }, 60_000)
})
