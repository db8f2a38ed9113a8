import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'
import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'

import { bootPayload, type TestPayload } from './helpers/payload'
import { hoursFromNow, makeRelease, makeUser } from './helpers/content'
import type { User } from '../src/payload-types'

/**
 * The admin's schedule drawer calls Payload's schedule-publish server function; this suite calls
 * that same function as each user: a publication goes out only if its scheduler may publish.
 */
let t: TestPayload
let payload: Payload
let editor: User, author: User
let releaseId: number

const reqAs = (user: User) =>
  createLocalReq(
    { user: { ...user, collection: 'users' } as never },
    payload,
  ) as Promise<PayloadRequest>

const schedule = async (user: User, date = new Date(hoursFromNow(24))) =>
  schedulePublishHandler({
    type: 'publish',
    date,
    doc: { relationTo: 'press-releases', value: releaseId },
    req: await reqAs(user),
  } as never)

const jobs = async () =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
      overrideAccess: true,
    })
  ).docs

beforeAll(async () => {
  t = await bootPayload('schedule-access')
  payload = t.payload
  await makeUser(payload, 'admin')
  editor = await makeUser(payload, 'editor')
  author = await makeUser(payload, 'author')
  releaseId = (await makeRelease(payload, { _status: 'draft' })).id
})
afterAll(async () => t?.destroy())

it('lets an editor schedule a publication from the drawer', async () => {
  expect(await schedule(editor)).toEqual({ message: expect.any(String) })
  expect(await jobs()).toHaveLength(1)
})

it("lets an author's scheduled publication fail when it runs: the job acts as the author", async () => {
  expect(await schedule(author, new Date(Date.now() - 1000))).toEqual({
    message: expect.any(String),
  })
  await payload.jobs.run({ queue: 'default' })
  const release = await payload.findByID({
    collection: 'press-releases',
    id: releaseId,
    overrideAccess: true,
  })
  expect(release._status).toBe('draft')
  const failed = (await jobs()).find((j) => j.hasError)
  expect(JSON.stringify(failed?.log ?? failed?.error)).toMatch(
    /Tylko redaktor może opublikować informację/,
  )
})
