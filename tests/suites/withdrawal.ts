import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { createLocalReq } from 'payload'

import type { PressRelease, User } from '../../src/payload-types'

import { exportForAnonymous } from '../../src/collections/shared/anonymousExport'
import { loadReleasePage } from '../../src/newsroom/releasePage'
import { listReleases, sitemapReleases } from '../../src/newsroom/releases'
import { buildFeed } from '../../src/newsroom/feeds'
import { searchReleases } from '../../src/newsroom/search'
import { withdrawnAnswer } from '../../src/withdrawal/address'
import { makeRelease, makeUser, setupOffice, withoutSecondPairOfEyes } from '../helpers/content'
import { bootPayload, type TestDatabase, type TestPayload } from '../helpers/payload'

type Answer = { status: number; body: Record<string, unknown> }

/**
 * Withdrawal and unpublishing with a reason (issue 24) on one database: the endpoints' refusals
 * (nothing saved), each record state on every surface the newsroom reads, the release events and
 * audit entries, undoing, and the newsroom's cache after a withdrawal.
 */
export const withdrawalSuite = (db: TestDatabase) => {
  let t: TestPayload
  let payload: Payload
  let editor: User
  let author: User

  const asUser = (user: User): TypedUser => ({ ...user, collection: 'users' }) as TypedUser

  beforeAll(async () => {
    process.env.PRESSROOM_PUBLIC_URL = 'https://prasa.krakow.test'
    t = await bootPayload('withdrawal', db)
    payload = t.payload
    await setupOffice(payload)
    await withoutSecondPairOfEyes(payload)
    editor = await makeUser(payload, 'editor', { name: 'Ewa Redaktor' })
    author = await makeUser(payload, 'author', { name: 'Adam Autor' })
  }, 120_000)
  afterAll(async () => t?.destroy())

  const endpoint = (path: string) => {
    const found = payload.collections['press-releases'].config.endpoints
    const handler = (found || []).find((e) => e.path === path && e.method === 'post')?.handler
    if (!handler) throw new Error(`no endpoint ${path}`)
    return handler
  }

  const post = async (
    path: '/:id/withdraw' | '/:id/unwithdraw',
    user: User | null,
    id: number | string,
    body: Record<string, unknown> = {},
    now = new Date(),
  ): Promise<Answer> => {
    const req = (await createLocalReq(
      { user: user ? asUser(user) : undefined, context: { now } },
      payload,
    )) as PayloadRequest
    req.routeParams = { id: String(id) }
    req.data = body
    const res = await endpoint(path)(req)
    return { status: res.status, body: (await res.json()) as Record<string, unknown> }
  }

  const message = (answer: Answer) =>
    ((answer.body.errors as { message: string }[] | undefined)?.[0]?.message ?? '') as string

  const stored = (id: number) =>
    payload.findByID({ collection: 'press-releases', id, depth: 0, overrideAccess: true })

  // The events a withdrawal and its undoing record (a publication and a change have their own).
  const eventsOf = async (id: number) =>
    (
      await payload.find({
        collection: 'release-events',
        where: {
          and: [
            { release: { equals: id } },
            { kind: { in: ['error', 'superseded', 'withdrawn', 'unwithdrawn'] } },
          ],
        },
        sort: 'at',
        locale: 'all',
        depth: 0,
        overrideAccess: true,
      })
    ).docs as unknown as { kind: string; actorName: string; note: Record<string, string> | null }[]

  const auditOf = async (id: number) =>
    (
      await payload.find({
        collection: 'audit-events',
        where: {
          and: [{ docId: { equals: String(id) } }, { action: { in: ['withdraw', 'unwithdraw'] } }],
        },
        sort: 'at',
        depth: 0,
        overrideAccess: true,
      })
    ).docs

  const anonymousRead = async (id: number) =>
    (
      await payload.find({
        collection: 'press-releases',
        where: { id: { equals: id } },
        depth: 0,
        overrideAccess: false,
      })
    ).totalDocs

  const exportOf = (release: PressRelease, locale: 'pl' | 'en' = 'pl') =>
    exportForAnonymous(payload, { headers: new Headers() } as Request, release.slug!, locale, 'txt')

  /** What every list-like surface shows of `release` at `now`. */
  const surfaces = async (release: PressRelease, now: Date) => {
    const word = release.headline.split(' ')[0]
    const list = await listReleases(payload, 'pl', { page: 1 }, now)
    const search = await searchReleases(payload, 'pl', word, now)
    const sitemap = await sitemapReleases(payload, now)
    const atom = await buildFeed(payload, 'pl', 'atom', now)
    return {
      list: list.docs.some((d) => d.id === release.id),
      search: search.hits.some((h) => h.id === release.id),
      sitemap: sitemap.docs.some((d) => d.id === release.id),
      feed: atom.includes(`/pl/${release.slug}<`),
      rest: (await anonymousRead(release.id)) === 1,
    }
  }

  const published = (headline: string) =>
    makeRelease(payload, { headline, lead: 'Zarząd Transportu Publicznego informuje.' })

  it('refuses authors, strangers, a missing reason or note, HTML and a wrong superseding release, saving nothing', async () => {
    const release = await published('Remont mostu Dębnickiego')
    const draft = await makeRelease(payload, { _status: 'draft', headline: 'Szkic o moście' })
    const anonymous = await post('/:id/withdraw', null, release.id, { reason: 'error' })
    expect(anonymous.status).toBe(401)
    const byAuthor = await post('/:id/withdraw', author, release.id, { reason: 'error' })
    expect(byAuthor.status).toBe(403)
    const unwithdrawByAuthor = await post('/:id/unwithdraw', author, release.id)
    expect(unwithdrawByAuthor.status).toBe(403)
    const refusals: [Record<string, unknown>, RegExp][] = [
      [{}, /^reason:/],
      [{ reason: 'deleted' }, /^reason:/],
      [{ reason: 'withdrawn' }, /^note:/],
      [{ reason: 'withdrawn', note: '   ' }, /^note:/],
      [{ reason: 'error', note: 'Błąd <b>w tekście</b>' }, /^note \(pl\):/],
      [{ reason: 'withdrawn', note: { pl: 'Powód', en: '<script>x</script>' } }, /^note \(en\):/],
      [{ reason: 'withdrawn', note: { de: 'Grund' } }, /^note:/],
      [{ reason: 'superseded' }, /^supersededBy:/],
      [{ reason: 'superseded', supersededBy: release.id }, /^supersededBy:/],
      [{ reason: 'superseded', supersededBy: draft.id }, /^supersededBy:/],
      [{ reason: 'superseded', supersededBy: 999_999 }, /^supersededBy:/],
    ]
    for (const [body, named] of refusals) {
      const answer = await post('/:id/withdraw', editor, release.id, body)
      expect({ body, status: answer.status, named: named.test(message(answer)) }).toEqual({
        body,
        status: 400,
        named: true,
      })
    }
    const notPublished = await post('/:id/withdraw', editor, draft.id, { reason: 'error' })
    expect(notPublished.status).toBe(409)
    const nothingToUndo = await post('/:id/unwithdraw', editor, release.id)
    expect(nothingToUndo.status).toBe(409)
    expect((await stored(release.id)).withdrawal?.state).toBe('none')
    expect(await eventsOf(release.id)).toEqual([])
    expect(await auditOf(release.id)).toEqual([])
  })

  it('keeps a withdrawn release at its address and in its documents under the notice, out of every list', async () => {
    const release = await published('Festiwal Świateł na Plantach')
    const now = new Date()
    expect(await surfaces(release, now)).toEqual({
      list: true,
      search: true,
      sitemap: true,
      feed: true,
      rest: true,
    })
    // Read once before: the newsroom's cache and the render store must not answer with it after.
    const before = await loadReleasePage(payload, release.slug!, 'pl', now)
    expect(before?.view.withdrawn).toBeNull()
    const firstTxt = await exportOf(release)
    expect(firstTxt.status).toBe(200)
    const etag = firstTxt.headers.get('ETag')
    const answer = await post('/:id/withdraw', editor, release.id, {
      reason: 'withdrawn',
      note: { pl: 'Festiwal odwołano.', en: 'The festival was cancelled.' },
    })
    expect(answer.status).toBe(200)
    const page = await loadReleasePage(payload, release.slug!, 'pl', now)
    expect(page?.view.withdrawn?.notice).toMatch(
      /^Wycofano\s\d{1,2}\s\S+\s\d{4}\sr\.:\sFestiwal\sodwołano\.$/,
    )
    expect(page?.view.withdrawn?.watermark).toBe('WYCOFANO')
    const txt = await exportOf(release)
    expect(txt.status).toBe(200)
    expect(txt.headers.get('ETag')).not.toBe(etag)
    expect(await txt.text()).toContain('*** Wycofano ')
    expect(await surfaces(release, now)).toEqual({
      list: false,
      search: false,
      sitemap: false,
      feed: false,
      rest: true,
    })
    // The feeds carry the withdrawal as an update of its own, with the notice.
    const atom = await buildFeed(payload, 'pl', 'atom', now)
    const entry = atom.slice(atom.indexOf('<title>Wycofano: Festiwal Świateł na Plantach</title>'))
    expect(entry).toMatch(new RegExp(`^<title>[^<]+</title><id>[^<]+/pl/${release.slug}#wycofano-`))
    expect(entry.slice(0, entry.indexOf('</entry>'))).toContain('Festiwal odwołano.')
    expect(await eventsOf(release.id)).toMatchObject([
      {
        kind: 'withdrawn',
        actorName: 'Ewa Redaktor',
        note: { pl: 'Festiwal odwołano.', en: 'The festival was cancelled.' },
      },
    ])
    expect(await auditOf(release.id)).toMatchObject([
      { action: 'withdraw', reason: 'withdrawn', actorName: 'Ewa Redaktor' },
    ])
    // Undone: back everywhere, and recorded.
    const undo = await post('/:id/unwithdraw', editor, release.id)
    expect(undo.status).toBe(200)
    expect((await loadReleasePage(payload, release.slug!, 'pl', now))?.view.withdrawn).toBeNull()
    expect(await surfaces(release, now)).toEqual({
      list: true,
      search: true,
      sitemap: true,
      feed: true,
      rest: true,
    })
    expect((await eventsOf(release.id)).map((e) => e.kind)).toEqual(['withdrawn', 'unwithdrawn'])
    expect((await auditOf(release.id)).map((a) => a.action)).toEqual(['withdraw', 'unwithdraw'])
  })

  it('answers 410 Gone with the office explanation for a release published in error, everywhere', async () => {
    const release = await published('Zamknięcie basenu na Clepardii')
    await payload.update({
      collection: 'press-releases',
      id: release.id,
      locale: 'en',
      data: { headline: 'Pool closed' },
      overrideAccess: true,
    })
    const now = new Date()
    const answer = await post('/:id/withdraw', editor, release.id, {
      reason: 'error',
      note: { pl: 'Informacja dotyczyła innego basenu.', en: 'It was about another pool.' },
    })
    expect(answer.status).toBe(200)
    expect(await loadReleasePage(payload, release.slug!, 'pl', now)).toBeNull()
    expect(await withdrawnAnswer(payload, release.slug!, 'pl', now)).toEqual({
      kind: 'gone',
      note: 'Informacja dotyczyła innego basenu.',
      locale: 'pl',
    })
    expect(await withdrawnAnswer(payload, release.slug!, 'en', now)).toMatchObject({
      kind: 'gone',
      note: 'It was about another pool.',
    })
    const txt = await exportOf(release)
    expect(txt.status).toBe(410)
    expect(JSON.stringify(await txt.json())).toContain('Informacja dotyczyła innego basenu.')
    expect(await surfaces(release, now)).toEqual({
      list: false,
      search: false,
      sitemap: false,
      feed: false,
      rest: false,
    })
    // Not yet out: the same address a minute before the release existed is the one 404.
    expect(await withdrawnAnswer(payload, 'nie-ma-takiej', 'pl', now)).toBeNull()
    expect((await eventsOf(release.id))[0]).toMatchObject({ kind: 'error' })
  })

  it('sends the address and the documents of a superseded release to the one replacing it (301)', async () => {
    const old = await published('Nowy rozkład jazdy linii 50')
    const replacing = await published('Nowy rozkład jazdy linii 50 i 52')
    const now = new Date()
    const answer = await post('/:id/withdraw', editor, old.id, {
      reason: 'superseded',
      supersededBy: replacing.id,
    })
    expect(answer.status).toBe(200)
    expect(await loadReleasePage(payload, old.slug!, 'pl', now)).toBeNull()
    expect(await withdrawnAnswer(payload, old.slug!, 'en', now)).toEqual({
      kind: 'moved',
      slug: replacing.slug,
      locale: 'en',
    })
    const txt = await exportOf(old)
    expect(txt.status).toBe(301)
    expect(txt.headers.get('Location')).toBe(`/api/press-releases/${replacing.slug}/txt?locale=pl`)
    expect(await surfaces(old, now)).toEqual({
      list: false,
      search: false,
      sitemap: false,
      feed: false,
      rest: true,
    })
    // A superseded release cannot be the replacement of another.
    const third = await published('Rozkład jazdy linii 52')
    const chained = await post('/:id/withdraw', editor, third.id, {
      reason: 'superseded',
      supersededBy: old.id,
    })
    expect(chained.status).toBe(400)
    expect((await eventsOf(old.id))[0]).toMatchObject({ kind: 'superseded' })
  })

  it('keeps the withdrawal through an ordinary save, and refuses while unpublished changes wait', async () => {
    const release = await published('Zmiana organizacji ruchu na Grzegórzkach')
    await post('/:id/withdraw', editor, release.id, { reason: 'withdrawn', note: 'Nieaktualne.' })
    await payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { lead: 'Nowy lead.', changeKind: 'minor', withdrawal: { state: 'none' } } as never,
      user: asUser(editor),
      overrideAccess: false,
    })
    expect((await stored(release.id)).withdrawal?.state).toBe('withdrawn')
    const other = await published('Objazdy w Nowej Hucie')
    await payload.update({
      collection: 'press-releases',
      id: other.id,
      data: { lead: 'Szkic zmian.' },
      draft: true,
      overrideAccess: true,
    })
    const pending = await post('/:id/withdraw', editor, other.id, { reason: 'error' })
    expect(pending.status).toBe(409)
  })
}
