import type { Payload } from 'payload'

import type { PressRelease, User } from '../src/payload-types'
import { makeUser } from './helpers/content'
import { bootPayload, type TestPayload } from './helpers/payload'

/**
 * The second pair of eyes through the Local API as each person (access on): who wrote the
 * current text, and who may then publish it.
 */
let t: TestPayload
let payload: Payload
let author: User
let writer: User
let reviewer: User

const draftBy = (user: User, data: Partial<PressRelease> = {}) =>
  payload.create({
    collection: 'press-releases',
    draft: true,
    user,
    overrideAccess: false,
    data: {
      headline: `Nowe ławki na Plantach ${Math.random().toString(36).slice(2, 6)}`,
      place: 'Kraków',
      date: '2026-12-07T10:00:00.000Z',
      lead: 'Na Plantach stanie sto nowych ławek.',
      releaseType: 'immediate',
      _status: 'draft',
      ...data,
    } as PressRelease,
  })

const publishAs = (user: User, id: number, context: Record<string, unknown> = {}, data = {}) =>
  payload.update({
    collection: 'press-releases',
    id,
    user,
    overrideAccess: false,
    context,
    data: { ...data, _status: 'published' },
  })

beforeAll(async () => {
  t = await bootPayload('review-rules')
  payload = t.payload
  author = await makeUser(payload, 'author')
  writer = await makeUser(payload, 'editor')
  reviewer = await makeUser(payload, 'editor')
}, 120_000)

afterAll(async () => t?.destroy())

describe('the second pair of eyes (on by default)', () => {
  it('is on in a new office', async () => {
    const office = await payload.findGlobal({ slug: 'press-office' })
    expect(office.secondPairOfEyes).toBe(true)
  })

  it('records who wrote a draft, and refuses its writer the publication', async () => {
    const draft = await draftBy(writer)
    expect(draft.writtenBy).toEqual([writer.id])
    await expect(publishAs(writer, draft.id)).rejects.toMatchObject({ status: 403 })
    const stored = await payload.findByID({
      collection: 'press-releases',
      id: draft.id,
      draft: true,
    })
    expect(stored._status).toBe('draft')
  })

  it('lets another editor publish an author’s text, and empties the writers', async () => {
    const draft = await draftBy(author)
    const published = await publishAs(reviewer, draft.id)
    expect(published._status).toBe('published')
    expect(published.writtenBy).toEqual([])
  })

  it('counts the reviewer who changes the text while publishing as a writer', async () => {
    const draft = await draftBy(author)
    await expect(
      publishAs(reviewer, draft.id, {}, { lead: 'Na Plantach stanie dwieście ławek.' }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('does not count a save that sends the same content back (as the admin does) as writing', async () => {
    const draft = await draftBy(author)
    const full = await payload.findByID({
      collection: 'press-releases',
      id: draft.id,
      draft: true,
      depth: 1,
    })
    const { id: _id, createdAt: _c, updatedAt: _u, ...data } = full
    const published = await publishAs(reviewer, draft.id, {}, data)
    expect(published._status).toBe('published')
  })

  it('lets the writer publish alone with a reason, and flags it', async () => {
    const draft = await draftBy(writer)
    await expect(publishAs(writer, draft.id, { forceReason: '  ' })).rejects.toMatchObject({
      status: 400,
    })
    const published = await publishAs(writer, draft.id, { forceReason: 'Komunikat kryzysowy' })
    expect(published._status).toBe('published')
    expect(published.forcedPublication).toMatchObject({ reason: 'Komunikat kryzysowy' })
    expect(published.forcedPublication?.approvedBy ?? null).toBeNull()
  })

  it('keeps the review groups to the server: a save cannot approve its own forced publication', async () => {
    const draft = await draftBy(writer)
    await publishAs(writer, draft.id, { forceReason: 'Pilne' })
    const saved = await payload.update({
      collection: 'press-releases',
      id: draft.id,
      user: writer,
      overrideAccess: false,
      draft: true,
      data: {
        forcedPublication: { approvedBy: writer.id },
        review: { state: 'submitted' },
      } as never,
    })
    expect(saved.forcedPublication?.approvedBy ?? null).toBeNull()
    expect(saved.review?.state).toBe('none')
  })

  const queue = (releaseId: number, user: User) =>
    payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'press-releases', value: releaseId },
        user: user.id,
      } as never,
      waitUntil: new Date(Date.now() - 1000),
    })

  it("publishes a scheduled author's text as the editor who scheduled it, against the scheduled version's writers", async () => {
    const draft = await draftBy(author)
    await queue(draft.id, reviewer)
    await payload.jobs.run({ queue: 'default' })
    const stored = await payload.findByID({
      collection: 'press-releases',
      id: draft.id,
      draft: true,
    })
    expect(stored._status).toBe('published')
  })

  it('does not publish a schedule its writer queued (a job made around the drawer)', async () => {
    const draft = await draftBy(writer)
    await queue(draft.id, writer)
    await payload.jobs.run({ queue: 'default' })
    const stored = await payload.findByID({
      collection: 'press-releases',
      id: draft.id,
      draft: true,
    })
    expect(stored._status).toBe('draft')
  })

  it('guards press packs the same way', async () => {
    const release = await draftBy(author)
    await publishAs(reviewer, release.id)
    const pack = await payload.create({
      collection: 'press-packs',
      draft: true,
      user: writer,
      overrideAccess: false,
      data: {
        title: 'Pakiet: Planty',
        date: '2026-12-07T10:00:00.000Z',
        releases: [release.id],
        _status: 'draft',
      },
    })
    expect(pack.writtenBy).toEqual([writer.id])
    const publishPack = (user: User) =>
      payload.update({
        collection: 'press-packs',
        id: pack.id,
        user,
        overrideAccess: false,
        data: { _status: 'published' },
      })
    await expect(publishPack(writer)).rejects.toMatchObject({ status: 403 })
    expect((await publishPack(reviewer))._status).toBe('published')
  })

  it('asks nobody when the office turns the setting off', async () => {
    await payload.updateGlobal({ slug: 'press-office', data: { secondPairOfEyes: false } })
    try {
      const draft = await draftBy(writer)
      expect((await publishAs(writer, draft.id))._status).toBe('published')
    } finally {
      await payload.updateGlobal({ slug: 'press-office', data: { secondPairOfEyes: true } })
    }
  })
})
