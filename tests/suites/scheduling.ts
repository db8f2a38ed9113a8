import type { Payload } from 'payload'

import { bootPayload, type TestDatabase, type TestPayload } from '../helpers/payload'
import { hoursFromNow, makeQuote, makeRelease, makeUser } from '../helpers/content'

/** Scheduled publication: due jobs are run explicitly with payload.jobs.run(), never waited for. */
export const schedulingSuite = (db: TestDatabase) => {
  let t: TestPayload
  let payload: Payload
  let editorId: number

  beforeAll(async () => {
    t = await bootPayload('scheduling', db)
    payload = t.payload
    editorId = (await makeUser(payload, 'editor')).id
  })
  afterAll(async () => t?.destroy())

  const schedule = (releaseId: number, waitUntil: string, user = editorId) =>
    payload.jobs.queue({
      task: 'schedulePublish',
      // The shape the admin's schedule drawer queues (user is a bare id there).
      input: {
        type: 'publish',
        doc: { relationTo: 'press-releases', value: releaseId },
        user,
      } as never,
      waitUntil: new Date(waitUntil),
    })

  const publishedVersion = (id: number | string) =>
    payload.findByID({ collection: 'press-releases', id, draft: false, overrideAccess: false })

  /** Not published: the public gets Not Found, and the release itself is still a draft. */
  const expectUnpublished = async (id: number) => {
    await expect(publishedVersion(id)).rejects.toMatchObject({ name: 'NotFound', status: 404 })
    const latest = await payload.findByID({
      collection: 'press-releases',
      id,
      draft: true,
      overrideAccess: true,
    })
    expect(latest._status).toBe('draft')
  }

  describe('scheduled publication', () => {
    it('publishes a release when its time has come, and not before', async () => {
      const release = await makeRelease(payload, { _status: 'draft', headline: 'Nocna linia 902' })
      await schedule(release.id, hoursFromNow(2))
      await payload.jobs.run({ queue: 'default' })
      await expectUnpublished(release.id)

      const due = await makeRelease(payload, { _status: 'draft', headline: 'Nocna linia 903' })
      await schedule(due.id, hoursFromNow(-0.01))
      await payload.jobs.run({ queue: 'default' })
      const doc = await publishedVersion(due.id)
      expect(doc._status).toBe('published')
      expect(doc.headline).toBe('Nocna linia 903')
    })

    it('publishes the version that was scheduled, not an edit saved afterwards', async () => {
      const release = await makeRelease(payload, {
        _status: 'draft',
        headline: 'Zatwierdzony tytuł',
      })
      const job = await schedule(release.id, hoursFromNow(-0.01))
      await payload.update({
        collection: 'press-releases',
        id: release.id,
        data: { headline: 'Poprawka po zaplanowaniu' },
        draft: true,
        overrideAccess: true,
      })

      const before = await payload.findByID({
        collection: 'press-releases',
        id: release.id,
        draft: true,
        user: await payload.findByID({ collection: 'users', id: editorId }),
      })
      expect(before.scheduledPublication).toMatchObject({ laterEditNotScheduled: true })
      expect(String((before.scheduledPublication as { warning: string }).warning)).toMatch(
        /nie wejdą do zaplanowanej publikacji/,
      )

      await payload.jobs.run({ queue: 'default' })
      // A job that succeeded is deleted; one that failed stays with its log.
      expect(
        await payload.count({ collection: 'payload-jobs', where: { id: { equals: job.id } } }),
      ).toEqual({ totalDocs: 0 })

      expect((await publishedVersion(release.id)).headline).toBe('Zatwierdzony tytuł')
      const latestDraft = await payload.findByID({
        collection: 'press-releases',
        id: release.id,
        draft: true,
        overrideAccess: true,
      })
      expect(latestDraft.headline).toBe('Poprawka po zaplanowaniu')
    })

    it('keeps every locale of the scheduled version', async () => {
      const release = await makeRelease(payload, { _status: 'draft', headline: 'Park Reduta' })
      await payload.update({
        collection: 'press-releases',
        id: release.id,
        locale: 'en',
        data: { headline: 'Reduta Park' },
        draft: true,
        overrideAccess: true,
      })
      await schedule(release.id, hoursFromNow(-0.01))
      await payload.update({
        collection: 'press-releases',
        id: release.id,
        locale: 'en',
        data: { headline: 'Reduta Park (edited later)' },
        draft: true,
        overrideAccess: true,
      })
      await payload.jobs.run({ queue: 'default' })
      const en = await payload.findByID({
        collection: 'press-releases',
        id: release.id,
        locale: 'en',
        overrideAccess: false,
      })
      expect(en.headline).toBe('Reduta Park')
    })

    it('runs a publication queued by the admin drawer, which names the scheduler as a relation', async () => {
      const release = await makeRelease(payload, {
        _status: 'draft',
        headline: 'Z szuflady harmonogramu',
      })
      await payload.jobs.queue({
        task: 'schedulePublish',
        input: {
          type: 'publish',
          doc: { relationTo: 'press-releases', value: release.id },
          user: { relationTo: 'users', value: editorId },
        } as never,
        waitUntil: new Date(hoursFromNow(-0.01)),
      })
      await payload.jobs.run({ queue: 'default' })
      expect((await publishedVersion(release.id)).headline).toBe('Z szuflady harmonogramu')
    })

    it('publishes only the language chosen in the schedule drawer', async () => {
      const release = await makeRelease(payload, { _status: 'draft', headline: 'Wianki 2027' })
      await payload.update({
        collection: 'press-releases',
        id: release.id,
        locale: 'en',
        data: { headline: 'Wianki 2027 (EN)' },
        draft: true,
        overrideAccess: true,
      })
      await payload.jobs.queue({
        task: 'schedulePublish',
        input: {
          type: 'publish',
          locale: 'pl',
          doc: { relationTo: 'press-releases', value: release.id },
          user: editorId,
        } as never,
        waitUntil: new Date(hoursFromNow(-0.01)),
      })
      await payload.jobs.run({ queue: 'default' })
      const read = (locale: 'pl' | 'en') =>
        payload.findByID({
          collection: 'press-releases',
          id: release.id,
          locale,
          fallbackLocale: false,
          overrideAccess: false,
        })
      expect((await read('pl')).headline).toBe('Wianki 2027')
      expect((await read('en')).headline ?? null).toBeNull()
    })

    it('warns on a scheduled release that cites a quote awaiting approval, naming the quote', async () => {
      const quote = await makeQuote(payload, {
        status: 'pending',
        text: 'Zieleń to nie luksus, to infrastruktura.',
      })
      const release = await makeRelease(payload, { _status: 'draft', quotes: [quote.id] })
      await schedule(release.id, hoursFromNow(1))
      const doc = await payload.findByID({
        collection: 'press-releases',
        id: release.id,
        draft: true,
        user: await payload.findByID({ collection: 'users', id: editorId }),
      })
      expect(JSON.stringify(doc.scheduledPublication)).toMatch(
        /Zieleń to nie luksus.*czeka na zatwierdzenie/,
      )
    })

    it('warns when the release is dated after the day it is scheduled to go public, not when it is dated that day', async () => {
      const editor = await payload.findByID({ collection: 'users', id: editorId })
      const read = (id: number) =>
        payload.findByID({ collection: 'press-releases', id, draft: true, user: editor })
      // In the office's zone (Europe/Warsaw): 12 December 23:30 UTC is already the 13th there.
      const publishAt = '2031-12-12T09:30:00.000Z'
      const later = await makeRelease(payload, {
        _status: 'draft',
        date: '2031-12-12T23:30:00.000Z',
      })
      await schedule(later.id, publishAt)
      const warned = (await read(later.id)).scheduledPublication as { datelineWarning: string }
      expect(warned.datelineWarning).toBe(
        'Data informacji (13 grudnia 2031) jest późniejsza niż dzień publikacji (12 grudnia 2031): dziennikarze dostaną informację z datą, która jeszcze nie nadeszła. Popraw datę albo termin publikacji.',
      )
      const sameDay = await makeRelease(payload, {
        _status: 'draft',
        date: '2031-12-12T22:30:00.000Z',
      })
      await schedule(sameDay.id, publishAt)
      const quiet = (await read(sameDay.id)).scheduledPublication as { datelineWarning: unknown }
      expect(quiet.datelineWarning).toBeNull()
    })

    it('does not publish when a cited quote was rejected after scheduling', async () => {
      const quote = await makeQuote(payload, {
        status: 'approved',
        text: 'Budżet obywatelski rośnie o 10 procent.',
      })
      const release = await makeRelease(payload, { _status: 'draft', quotes: [quote.id] })
      const job = await schedule(release.id, hoursFromNow(-0.01))
      await payload.update({
        collection: 'quotes',
        id: quote.id,
        data: { status: 'rejected' },
        overrideAccess: true,
      })
      await payload.jobs.run({ queue: 'default' })
      const finished = await payload.findByID({ collection: 'payload-jobs', id: job.id })
      expect(finished.hasError).toBe(true)
      expect(JSON.stringify(finished.log)).toMatch(/Budżet obywatelski rośnie/)
      await expectUnpublished(release.id)
    })

    it('does not publish a schedule made by an author', async () => {
      const author = await makeUser(payload, 'author')
      const release = await makeRelease(payload, { _status: 'draft' })
      const job = await schedule(release.id, hoursFromNow(-0.01), author.id)
      await payload.jobs.run({ queue: 'default' })
      const finished = await payload.findByID({ collection: 'payload-jobs', id: job.id })
      expect(JSON.stringify(finished.log)).toMatch(/Tylko redaktor może opublikować informację/)
      await expectUnpublished(release.id)
    })
  })
}
