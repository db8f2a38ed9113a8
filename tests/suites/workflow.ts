import type { Payload } from 'payload'

import { bootPayload, type TestDatabase, type TestPayload } from '../helpers/payload'
import { hoursFromNow, makeQuote, makeRelease, makeUser } from '../helpers/content'
import type { User } from '../../src/payload-types'

/** Who may do what with releases and quotes, as those users, with overrideAccess: false. */
export const workflowSuite = (db: TestDatabase) => {
  let t: TestPayload
  let payload: Payload
  let admin: User, editor: User, author: User, approver: User

  beforeAll(async () => {
    t = await bootPayload('workflow', db)
    payload = t.payload
    admin = await payload.create({
      collection: 'users',
      data: {
        email: 'first@krakow.test',
        password: 'first-pass-123',
        name: 'First',
        role: 'author',
      },
      overrideAccess: true,
    })
    editor = await makeUser(payload, 'editor')
    author = await makeUser(payload, 'author')
    approver = await makeUser(payload, 'editor', { approver: true })
  })
  afterAll(async () => t?.destroy())

  const as = (user: User) => ({ user, overrideAccess: false as const })

  it('makes the first account an admin and approver, whatever role it asked for', () => {
    expect(admin.role).toBe('admin')
    expect(admin.approver).toBe(true)
  })

  it('lets nobody but an admin give themselves a role', async () => {
    for (const user of [author, editor]) {
      const me = await payload.update({
        collection: 'users',
        id: user.id,
        data: { role: 'admin', approver: true },
        ...as(user),
      })
      expect({ role: me.role, approver: me.approver }).toEqual({ role: user.role, approver: false })
    }
    const newcomer = await makeUser(payload, 'author')
    const promoted = await payload.update({
      collection: 'users',
      id: newcomer.id,
      data: { role: 'editor', approver: true },
      ...as(admin),
    })
    expect({ role: promoted.role, approver: promoted.approver }).toEqual({
      role: 'editor',
      approver: true,
    })
  })

  it('lets an author save a draft but not publish it', async () => {
    const draft = await payload.create({
      collection: 'press-releases',
      data: {
        headline: 'Kraków dołącza do sieci miast rowerowych',
        place: 'Kraków',
        date: '2026-11-20T09:00:00.000Z',
        releaseType: 'immediate',
        _status: 'draft',
      },
      draft: true,
      ...as(author),
    })
    expect(draft.slug).toBe('krakow-dolacza-do-sieci-miast-rowerowych')
    await expect(
      payload.update({
        collection: 'press-releases',
        id: draft.id,
        data: { _status: 'published' },
        ...as(author),
      }),
    ).rejects.toThrow(/Tylko redaktor może opublikować informację/)
    const published = await payload.update({
      collection: 'press-releases',
      id: draft.id,
      data: { _status: 'published' },
      ...as(editor),
    })
    expect(published._status).toBe('published')
  })

  it('gives a second release with the same headline its own slug', async () => {
    const a = await makeRelease(payload, { _status: 'draft', headline: 'Żółte światło na Alejach' })
    const b = await makeRelease(payload, { _status: 'draft', headline: 'Żółte światło na Alejach' })
    expect(a.slug).toBe('zolte-swiatlo-na-alejach')
    expect(b.slug).toBe('zolte-swiatlo-na-alejach-2')
  })

  it('refuses to publish a release citing a pending quote, naming the quote', async () => {
    const quote = await makeQuote(payload, {
      status: 'pending',
      text: 'Nowa Huta zasługuje na tramwaj co pięć minut.',
    })
    const release = await makeRelease(payload, { _status: 'draft', quotes: [quote.id] })
    const attempt = payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { _status: 'published' },
      ...as(editor),
    })
    await expect(attempt).rejects.toMatchObject({
      data: {
        errors: [
          expect.objectContaining({
            path: 'quotes',
            message: expect.stringMatching(
              /Nowa Huta zasługuje.*Anna Wiśniewska.*czeka na zatwierdzenie/,
            ),
          }),
        ],
      },
    })
  })

  it('lets only approvers approve a quote, and records who and when', async () => {
    const quote = await makeQuote(payload, { status: 'pending' })
    const byAuthor = await payload.update({
      collection: 'quotes',
      id: quote.id,
      data: { status: 'approved' },
      ...as(author),
    })
    expect(byAuthor.status).toBe('pending')
    const byEditor = await payload.update({
      collection: 'quotes',
      id: quote.id,
      data: { status: 'approved' },
      ...as(editor),
    })
    expect(byEditor.status).toBe('pending')
    const byApprover = await payload.update({
      collection: 'quotes',
      id: quote.id,
      data: { status: 'approved', reviewComment: 'OK' },
      ...as(approver),
    })
    expect(byApprover.status).toBe('approved')
    expect(
      typeof byApprover.approvedBy === 'object' ? byApprover.approvedBy?.id : byApprover.approvedBy,
    ).toBe(approver.id)
    expect(byApprover.approvedAt).toBeTruthy()
  })

  it('sends an approved quote back for approval when its words change', async () => {
    const quote = await makeQuote(payload, { status: 'approved' })
    const edited = await payload.update({
      collection: 'quotes',
      id: quote.id,
      data: { text: 'Inne słowa prezydent.' },
      ...as(author),
    })
    expect(edited.status).toBe('pending')
    expect(edited.approvedAt ?? null).toBeNull()
  })

  it('publishes once the quote is approved', async () => {
    const quote = await makeQuote(payload, { status: 'pending' })
    const release = await makeRelease(payload, { _status: 'draft', quotes: [quote.id] })
    await payload.update({
      collection: 'quotes',
      id: quote.id,
      data: { status: 'approved' },
      ...as(approver),
    })
    const published = await payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { _status: 'published' },
      ...as(editor),
    })
    expect(published._status).toBe('published')
  })

  it('loses neither of two saves made at the same moment: both are in the version history', async () => {
    const release = await makeRelease(payload, { _status: 'draft', headline: 'Wspólna edycja' })
    await Promise.all([
      payload.update({
        collection: 'press-releases',
        id: release.id,
        data: { lead: 'Wersja redaktora.' },
        draft: true,
        ...as(editor),
      }),
      payload.update({
        collection: 'press-releases',
        id: release.id,
        data: { subheadline: 'Wersja autora.' },
        draft: true,
        ...as(author),
      }),
    ])
    const { docs } = await payload.findVersions({
      collection: 'press-releases',
      where: { parent: { equals: release.id } },
      limit: 50,
      ...as(editor),
    })
    const leads = docs.map((v) => v.version.lead)
    const subs = docs.map((v) => v.version.subheadline)
    expect(leads).toContain('Wersja redaktora.')
    expect(subs).toContain('Wersja autora.')
  })

  it('keeps an embargoed release without an end date from being saved', async () => {
    await expect(
      makeRelease(payload, { _status: 'published', releaseType: 'embargoed' }),
    ).rejects.toMatchObject({
      name: 'ValidationError',
      data: { errors: [expect.objectContaining({ path: 'embargoUntil' })] },
    })
  })

  it('hides an embargoed release from anonymous readers until its embargo ends', async () => {
    const { publicReleaseWhere } = await import('../../src/access/visibility')
    // The lift is two days from whenever the suite runs, on a whole minute: never a fixed date.
    const lift = new Date(Math.ceil((Date.now() + 2 * 86_400_000) / 60_000) * 60_000)
    const release = await makeRelease(payload, {
      _status: 'published',
      embargoUntil: lift.toISOString(),
    })
    const visibleAt = async (at: Date) =>
      (
        await payload.count({
          collection: 'press-releases',
          where: { and: [{ id: { equals: release.id } }, publicReleaseWhere(at)] },
        })
      ).totalDocs
    expect(await visibleAt(new Date(lift.getTime() - 1000))).toBe(0)
    expect(await visibleAt(lift)).toBe(1)
    await expect(
      payload.findByID({ collection: 'press-releases', id: release.id, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 404 })
  })

  it('shows anonymous readers a quote only once a public release cites it', async () => {
    const quote = await makeQuote(payload, {
      status: 'approved',
      text: 'Zimą otworzymy lodowisko na Rynku.',
    })
    const anonymousSees = async () =>
      (
        await payload.find({
          collection: 'quotes',
          where: { id: { equals: quote.id } },
          overrideAccess: false,
        })
      ).totalDocs
    await makeRelease(payload, {
      _status: 'published',
      quotes: [quote.id],
      embargoUntil: hoursFromNow(24 * 365),
    })
    expect(await anonymousSees()).toBe(0)
    await makeRelease(payload, { _status: 'published', quotes: [quote.id] })
    expect(await anonymousSees()).toBe(1)
  })

  it('shows anonymous readers a press pack only when every release in it is public', async () => {
    const open = await makeRelease(payload, { _status: 'published' })
    const embargoed = await makeRelease(payload, {
      _status: 'published',
      embargoUntil: hoursFromNow(24 * 365),
    })
    const pack = (title: string, releases: number[]) =>
      payload.create({
        collection: 'press-packs',
        data: { title, date: '2026-11-20T09:00:00.000Z', releases, _status: 'published' },
        overrideAccess: true,
      })
    const mixed = await pack('Pakiet z embargiem', [open.id, embargoed.id])
    const plain = await pack('Pakiet publiczny', [open.id])
    const { docs } = await payload.find({
      collection: 'press-packs',
      overrideAccess: false,
      depth: 0,
    })
    const ids = docs.map((d) => d.id)
    expect(ids).toContain(plain.id)
    expect(ids).not.toContain(mixed.id)
  })
}
