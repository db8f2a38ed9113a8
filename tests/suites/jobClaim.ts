import type { Payload } from 'payload'

import { claimDueJob } from '../../src/payload-patches/jobClaim'
import { onceForJob } from '../../src/jobs/onceForJob'
import { jobLeaseMs, runQueue } from '../../src/jobs/runner'
import { hoursFromNow, makeRelease, makeUser } from '../helpers/content'
import { bootPayload, type TestDatabase, type TestPayload } from '../helpers/payload'

/**
 * Exactly-once jobs on one database: runners that poll at the same moment claim each job once, a
 * job left by a dead runner is taken over after its lease, and its effect happens once.
 */
export const jobClaimSuite = (db: TestDatabase) => {
  let t: TestPayload
  let payload: Payload
  let editorId: number

  beforeAll(async () => {
    t = await bootPayload('job-claim', db)
    payload = t.payload
    editorId = (await makeUser(payload, 'editor')).id
  })
  afterAll(async () => t?.destroy())

  const schedule = (releaseId: number, waitUntil: string) =>
    payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'press-releases', value: releaseId },
        user: editorId,
      } as never,
      waitUntil: new Date(waitUntil),
    })

  /** How many times a release was published: its versions saved as published. */
  const publications = async (id: number) =>
    (
      await payload.countVersions({
        collection: 'press-releases',
        where: {
          and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }],
        },
        overrideAccess: true,
      })
    ).totalDocs

  const drafts = (n: number, label: string) =>
    Promise.all(
      Array.from({ length: n }, (_, i) =>
        makeRelease(payload, { _status: 'draft', headline: `${label} ${i + 1}` }),
      ),
    )

  it('publishes each of 20 releases due at once exactly once when two runners poll together', async () => {
    const releases = await drafts(20, 'Rada dzielnicy, komunikat')
    for (const r of releases) await schedule(r.id, hoursFromNow(-0.01))

    const [a, b] = await Promise.all([runQueue(payload, 'default'), runQueue(payload, 'default')])

    const ran = [...a, ...b].map((j) => String(j.id))
    expect(ran).toHaveLength(20)
    expect(new Set(ran).size).toBe(20)
    expect([...a, ...b].every((j) => j.status === 'success')).toBe(true)
    for (const r of releases) expect(await publications(r.id)).toBe(1)
  })

  it('takes over a job whose runner died once its lease has run out, and publishes it once', async () => {
    const [release] = await drafts(1, 'Przerwana publikacja')
    const job = await schedule(release.id, hoursFromNow(-0.01))
    const claimedAt = new Date()
    // A runner claims the job and dies before running it.
    expect(await claimDueJob(payload, 'default', claimedAt, new Date(0))).toBe(job.id)

    const stillLeased = new Date(claimedAt.getTime() + jobLeaseMs() - 1000)
    expect(await runQueue(payload, 'default', { now: () => stillLeased })).toEqual([])
    expect(await publications(release.id)).toBe(0)

    const leaseOver = new Date(claimedAt.getTime() + jobLeaseMs() + 1000)
    const ran = await runQueue(payload, 'default', { now: () => leaseOver })
    expect(ran).toEqual([{ id: job.id, status: 'success' }])
    expect(await publications(release.id)).toBe(1)
  })

  it('does a job’s effect once when the job runs again after the effect committed', async () => {
    // A job nobody will run by itself: it waits a day.
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: {} as never,
      waitUntil: new Date(hoursFromNow(24)),
    })
    const effect =
      (headline: string) => async (req: Parameters<Parameters<typeof onceForJob>[3]>[0]) => {
        await payload.create({
          collection: 'boilerplates',
          data: { title: headline, text: headline } as never,
          req,
        })
      }
    const count = async (title: string) =>
      (
        await payload.count({
          collection: 'boilerplates',
          where: { title: { equals: title } },
          overrideAccess: true,
        })
      ).totalDocs

    // An effect that fails leaves no note: the next run does it. On PostgreSQL it also leaves
    // nothing (one transaction); SQLite runs without transactions here.
    await expect(
      onceForJob(payload, job.id, null, async (req) => {
        await effect('O mieście')(req)
        throw new Error('instance died')
      }),
    ).rejects.toThrow('instance died')
    const leftBehind = await count('O mieście')
    expect(leftBehind).toBe(db === 'postgres' ? 0 : 1)

    const runs = await Promise.all([
      onceForJob(payload, job.id, null, effect('O mieście')),
      onceForJob(payload, job.id, null, effect('O mieście')),
    ])
    expect(runs.filter(Boolean)).toHaveLength(1)
    expect(await onceForJob(payload, job.id, null, effect('O mieście'))).toBe(false)
    expect(await count('O mieście')).toBe(leftBehind + 1)
  })
}
