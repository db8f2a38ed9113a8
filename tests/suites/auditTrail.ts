import type { Payload, TypedUser } from 'payload'

import { createLocalReq } from 'payload'

import type { AuditEvent, User } from '../../src/payload-types'

import { recordAuditEvent } from '../../src/audit/record'
import { bootPayload, type TestDatabase, type TestPayload } from '../helpers/payload'
import {
  hoursFromNow,
  makeQuote,
  makeRelease,
  makeUser,
  withoutSecondPairOfEyes,
} from '../helpers/content'

/**
 * The audit trail through the Local API, as the hooks and jobs write it: what each change leaves,
 * and that nobody — admins included — changes or deletes an entry.
 */
export const auditTrailSuite = (db: TestDatabase) => {
  let t: TestPayload
  let payload: Payload
  let admin: TypedUser
  let editor: TypedUser
  let author: TypedUser

  const asUser = (user: User): TypedUser => ({ ...user, collection: 'users' }) as TypedUser

  beforeAll(async () => {
    t = await bootPayload('audit-trail', db)
    payload = t.payload
    // About what is recorded / shown, not the review: one editor writes and publishes.
    await withoutSecondPairOfEyes(payload)
    admin = asUser(await makeUser(payload, 'admin', { name: 'Anna Admin' }))
    editor = asUser(await makeUser(payload, 'editor', { name: 'Ewa Redaktor' }))
    author = asUser(await makeUser(payload, 'author', { name: 'Adam Autor' }))
  })
  afterAll(async () => t?.destroy())

  /** The entries about one document, oldest first. */
  const entriesOf = async (collection: string, id: number | string) =>
    (
      await payload.find({
        collection: 'audit-events',
        where: {
          and: [{ docCollection: { equals: collection } }, { docId: { equals: String(id) } }],
        },
        sort: 'id',
        pagination: false,
        overrideAccess: true,
      })
    ).docs as AuditEvent[]

  const releaseAs = (user: TypedUser, id: number, data: Record<string, unknown>, draft = false) =>
    payload.update({
      collection: 'press-releases',
      id,
      data,
      draft,
      user,
      overrideAccess: false,
      depth: 0,
    })

  it('records a release from draft to published to embargoed to unpublished, one entry a change', async () => {
    const release = await payload.create({
      collection: 'press-releases',
      draft: true,
      data: {
        headline: 'Nowa linia tramwajowa na Azory',
        place: 'Kraków',
        date: hoursFromNow(0),
        releaseType: 'immediate',
        _status: 'draft',
      },
      user: author,
      overrideAccess: false,
    })
    await releaseAs(author, release.id, { lead: 'Szkic autora.' }, true)
    await releaseAs(editor, release.id, { _status: 'published' })
    const embargo = hoursFromNow(30)
    await releaseAs(editor, release.id, {
      releaseType: 'embargoed',
      embargoUntil: embargo,
      _status: 'published',
    })
    await releaseAs(editor, release.id, { _status: 'draft' })

    const entries = await entriesOf('press-releases', release.id)
    expect(entries.map((e) => [e.action, e.actorName, e.summary])).toEqual([
      ['create', 'Adam Autor', 'status: — → draft'],
      ['publish', 'Ewa Redaktor', 'status: draft → published'],
      ['embargo', 'Ewa Redaktor', `embargoUntil: — → ${new Date(embargo).toISOString()}`],
      ['unpublish', 'Ewa Redaktor', 'status: published → draft'],
    ])
    const versions = await payload.findVersions({
      collection: 'press-releases',
      where: { parent: { equals: release.id } },
      sort: 'createdAt',
      pagination: false,
      overrideAccess: true,
    })
    // The publication names the version it wrote.
    const published = versions.docs.find((v) => String(v.id) === entries[1].versionId)
    expect(published?.version._status).toBe('published')
    expect(entries[1]).toMatchObject({
      actorKind: 'user',
      actorId: String(editor.id),
      docTitle: 'Nowa linia tramwajowa na Azory',
      changes: { status: { from: 'draft', to: 'published' } },
    })
    expect(entries[1].day).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    // The admin's columns, worded on the server in the reader's language (Polish by default).
    expect([entries[1].shownChange, entries[1].shownActor, entries[1].shownCollection]).toEqual([
      'status: szkic → opublikowana',
      'Ewa Redaktor',
      'Informacja prasowa',
    ])
    expect(entries[2].shownChange).toMatch(
      /^embargo do: brak → \d{1,2} [a-ząćęłńóśźż]{3} \d{4}, \d{2}:\d{2}$/,
    )
  })

  it('records the job runner publishing a scheduled release, naming who scheduled it', async () => {
    const release = await makeRelease(payload, { _status: 'draft', headline: 'Nocny autobus 601' })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'press-releases', value: release.id },
        user: editor.id,
      } as never,
      waitUntil: new Date(hoursFromNow(-0.01)),
    })
    await payload.jobs.run({ queue: 'default' })
    const entries = await entriesOf('press-releases', release.id)
    expect(entries.map((e) => [e.action, e.actorKind, e.actorName, e.summary])).toEqual([
      ['create', 'system', 'system', 'status: — → draft'],
      ['scheduled-publish', 'job', 'job runner', 'status: draft → published'],
    ])
    expect(entries[1].detail).toBe(`scheduled by Ewa Redaktor (user ${editor.id})`)
    expect(entries[1].shownActor).toBe('Harmonogram (zadanie)')
    expect(entries[1].versionId).toBeTruthy()
  })

  it('records a deletion, a quote approval and rejection, a new user and a role change', async () => {
    const release = await makeRelease(payload, { headline: 'Do usunięcia' })
    await payload.delete({
      collection: 'press-releases',
      id: release.id,
      user: editor,
      overrideAccess: false,
    })
    expect((await entriesOf('press-releases', release.id)).map((e) => e.action)).toEqual([
      'create',
      'delete',
    ])

    const quote = await makeQuote(payload, { status: 'pending' })
    const approver = asUser(
      await makeUser(payload, 'author', { approver: true, name: 'Zofia Zatwierdza' }),
    )
    for (const status of ['approved', 'rejected'] as const) {
      await payload.update({
        collection: 'quotes',
        id: quote.id,
        data: { status, reviewComment: status === 'rejected' ? '=zła wypowiedź' : undefined },
        user: approver,
        overrideAccess: false,
      })
    }
    const decisions = await entriesOf('quotes', quote.id)
    expect(decisions.map((e) => [e.action, e.actorName, e.reason ?? null])).toEqual([
      ['quote-approved', 'Zofia Zatwierdza', null],
      ['quote-rejected', 'Zofia Zatwierdza', '=zła wypowiedź'],
    ])

    const user = await payload.create({
      collection: 'users',
      data: {
        email: 'nowa@krakow.test',
        password: 'correct horse battery staple',
        name: 'Nowa',
        role: 'author',
      },
      user: admin,
      overrideAccess: false,
    })
    await payload.update({
      collection: 'users',
      id: user.id,
      data: { name: 'Nowa Osoba' },
      user: admin,
      overrideAccess: false,
    })
    await payload.update({
      collection: 'users',
      id: user.id,
      data: { role: 'editor', approver: true },
      user: admin,
      overrideAccess: false,
    })
    expect(
      (await entriesOf('users', user.id)).map((e) => [e.action, e.actorName, e.summary]),
    ).toEqual([
      ['user-created', 'Anna Admin', 'role: — → author; approver: — → false'],
      ['role-changed', 'Anna Admin', 'role: author → editor; approver: false → true'],
    ])
    expect((await entriesOf('users', user.id))[1].shownChange).toBe(
      'rola: Autor (pisze projekty) → Redaktor (publikuje); zatwierdza cytaty: Nie → Tak',
    )
  })

  describe('no one changes or deletes an entry', () => {
    let entry: AuditEvent
    beforeAll(async () => {
      const release = await makeRelease(payload, { headline: 'Wpis do ochrony' })
      entry = (await entriesOf('press-releases', release.id))[0]
    })

    it.each(['admin', 'editor', 'author'] as const)(
      'refuses the %s over the Local API with access applied',
      async (role) => {
        const user = { admin, editor, author }[role]
        await expect(
          payload.update({
            collection: 'audit-events',
            id: entry.id,
            data: { reason: 'x' },
            user,
            overrideAccess: false,
          }),
        ).rejects.toMatchObject({ status: 403 })
        await expect(
          payload.delete({ collection: 'audit-events', id: entry.id, user, overrideAccess: false }),
        ).rejects.toMatchObject({ status: 403 })
        await expect(
          payload.create({
            collection: 'audit-events',
            data: {
              at: hoursFromNow(0),
              action: 'publish',
              actorKind: 'user',
              actorName: 'Podróbka',
            },
            user,
            overrideAccess: false,
          }),
        ).rejects.toMatchObject({ status: 403 })
        const read = payload.find({ collection: 'audit-events', user, overrideAccess: false })
        if (role === 'admin') expect((await read).totalDocs).toBeGreaterThan(0)
        else await expect(read).rejects.toMatchObject({ status: 403 })
      },
    )

    it('refuses even server code that turns access checks off', async () => {
      await expect(
        payload.update({
          collection: 'audit-events',
          id: entry.id,
          data: { reason: 'x' },
          overrideAccess: true,
        }),
      ).rejects.toMatchObject({ status: 403 })
      await expect(
        payload.delete({
          collection: 'audit-events',
          where: { id: { equals: entry.id } },
          overrideAccess: true,
        }),
      ).rejects.toMatchObject({ status: 403 })
      const same = await payload.findByID({
        collection: 'audit-events',
        id: entry.id,
        overrideAccess: true,
      })
      expect(same).toEqual(entry)
    })
  })

  if (db === 'postgres') {
    it('writes the entry in the change’s transaction: a rolled-back change leaves none', async () => {
      const release = await makeRelease(payload, {
        _status: 'draft',
        headline: 'Wycofana transakcja',
      })
      const req = await createLocalReq({ user: editor }, payload)
      req.transactionID = (await payload.db.beginTransaction()) ?? undefined
      expect(req.transactionID).toBeDefined()
      await payload.update({
        collection: 'press-releases',
        id: release.id,
        data: { _status: 'published' },
        user: editor,
        overrideAccess: false,
        req,
      })
      await payload.db.rollbackTransaction(req.transactionID!)
      expect((await entriesOf('press-releases', release.id)).map((e) => e.action)).toEqual([
        'create',
      ])
      // The same change committed leaves its entry.
      await releaseAs(editor, release.id, { _status: 'published' })
      expect((await entriesOf('press-releases', release.id)).map((e) => e.action)).toEqual([
        'create',
        'publish',
      ])
    })
  }

  it('records a sign-in lock-out once, however many sign-ins it then refuses', async () => {
    const lockouts = async () =>
      (
        await payload.find({
          collection: 'audit-events',
          where: { action: { equals: 'login-lockout' } },
          pagination: false,
          overrideAccess: true,
        })
      ).docs as AuditEvent[]
    const before = (await lockouts()).length
    const statuses: number[] = []
    for (let i = 0; i < 8; i++) {
      await payload
        .login({ collection: 'users', data: { email: author.email, password: `zgadywane-${i}` } })
        .then(() => statuses.push(200))
        .catch((error: { status?: number }) => statuses.push(error.status ?? 500))
    }
    // Five wrong passwords, then the pair waits: refused sign-ins, one entry.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429])
    const entries = (await lockouts()).slice(before)
    expect(entries.map((e) => [e.actorKind, e.actorName, e.detail])).toEqual([
      ['client', 'unknown', `sign-ins refused for a while: account:${author.email}`],
    ])
  })

  it('writes one insert per event, and no entry for a draft save', async () => {
    const release = await makeRelease(payload, { headline: 'Liczenie wpisów' })
    const count = async () =>
      (await payload.count({ collection: 'audit-events', overrideAccess: true })).totalDocs
    const before = await count()
    await releaseAs(author, release.id, { lead: 'Tylko szkic.' }, true)
    expect(await count()).toBe(before)
    await recordAuditEvent(
      { payload },
      { action: 'login-lockout', actor: { kind: 'client', name: '203.0.113.9' } },
    )
    expect(await count()).toBe(before + 1)
  })
}
