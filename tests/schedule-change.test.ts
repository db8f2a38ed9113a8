import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'

import type { User } from '../src/payload-types'
import { schedulePublishFunction } from '../src/jobs/scheduleFromDrawer'
import {
  hoursFromNow,
  makeRelease,
  publishInTwoLanguages,
  makeUser,
  withoutSecondPairOfEyes,
} from './helpers/content'
import { bootPayload, type TestPayload } from './helpers/payload'

/**
 * A scheduled publication of a change to a public release: the schedule drawer's server function
 * refuses a version that does not say its kind and notes, with the words a save gets; one that
 * does is published by the job with that kind and note on the record. The job is made due by
 * moving its time, never waited for.
 */
let t: TestPayload
let payload: Payload
let editor: User

const schedule = async (releaseId: number) =>
  schedulePublishFunction({
    type: 'publish',
    date: new Date(hoursFromNow(1)),
    doc: { relationTo: 'press-releases', value: releaseId },
    req: (await createLocalReq(
      { user: { ...editor, collection: 'users' } as never },
      payload,
    )) as PayloadRequest,
  } as never)

const jobsOf = async (releaseId: number) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: 'schedulePublish' } },
          { 'input.doc.value': { equals: releaseId } },
        ],
      },
      overrideAccess: true,
    })
  ).docs

const draftAs = (id: number, data: Record<string, unknown>, locale: 'pl' | 'en' = 'pl') =>
  payload.update({
    collection: 'press-releases',
    id,
    locale,
    draft: true,
    user: editor,
    overrideAccess: false,
    data,
  })

const publishedInTwoLanguages = () =>
  publishInTwoLanguages(
    payload,
    { lead: 'Tramwaj nr 50 jeździ co 10 minut.' },
    { headline: 'Tram 50 every 10 minutes', lead: 'Tram 50 runs every 10 minutes.' },
  )

beforeAll(async () => {
  t = await bootPayload('schedule-change')
  payload = t.payload
  await withoutSecondPairOfEyes(payload)
  editor = await makeUser(payload, 'editor')
}, 120_000)
afterAll(async () => t?.destroy())

it('refuses to schedule a content change to a public release that does not say its kind', async () => {
  const release = await publishedInTwoLanguages()
  await draftAs(release.id, { lead: 'Tramwaj nr 50 jeździ co 7 minut.' })
  expect(await schedule(release.id)).toEqual({
    error: expect.stringMatching(/wybierz „Rodzaj zmiany”/),
  })
  expect(await jobsOf(release.id)).toHaveLength(0)
})

it('refuses a correction without a note in every published language, naming the one missing', async () => {
  const release = await publishedInTwoLanguages()
  await draftAs(release.id, {
    lead: 'Tramwaj nr 50 jeździ co 7 minut.',
    changeKind: 'correction',
    changeNote: 'Poprawiono częstotliwość: co 7 minut, nie co 10.',
  })
  const refused = (await schedule(release.id)) as { error?: string }
  expect(refused.error).toMatch(/Brakuje: English\.$/)
  expect(await jobsOf(release.id)).toHaveLength(0)
})

it('schedules a change that says its kind and notes; the job records that kind and note', async () => {
  const release = await publishedInTwoLanguages()
  await draftAs(
    release.id,
    { changeNote: 'Corrected the frequency: every 7 minutes, not 10.' },
    'en',
  )
  await draftAs(release.id, {
    lead: 'Tramwaj nr 50 jeździ co 7 minut.',
    changeKind: 'correction',
    changeNote: 'Poprawiono częstotliwość: co 7 minut, nie co 10.',
  })
  expect(await schedule(release.id)).toEqual({ message: expect.any(String) })
  const [job] = await jobsOf(release.id)
  await payload.update({
    collection: 'payload-jobs',
    id: job.id,
    data: { waitUntil: hoursFromNow(-0.01) },
    overrideAccess: true,
  })
  await payload.jobs.run({ queue: 'default' })
  expect(await jobsOf(release.id)).toHaveLength(0) // done: a failed job stays with its log

  const notes = {
    pl: 'Poprawiono częstotliwość: co 7 minut, nie co 10.',
    en: 'Corrected the frequency: every 7 minutes, not 10.',
  }
  const live = (await payload.findByID({
    collection: 'press-releases',
    id: release.id,
    locale: 'all' as 'pl',
    overrideAccess: true,
  })) as unknown as Record<string, unknown>
  expect((live.lead as Record<string, string>).pl).toBe('Tramwaj nr 50 jeździ co 7 minut.')
  expect(live.changeNotes).toEqual([
    { kind: 'correction', at: live.lastMajorChangeAt, note: notes },
  ])
  const { docs: events } = await payload.find({
    collection: 'release-events',
    where: { and: [{ release: { equals: release.id } }, { kind: { not_equals: 'published' } }] },
    locale: 'all' as 'pl',
    overrideAccess: true,
  })
  expect(events.map((e) => [e.kind, e.note])).toEqual([['correction', notes]])
})
