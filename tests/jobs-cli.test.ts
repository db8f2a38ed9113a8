import { execFile } from 'node:child_process'
import path from 'node:path'

import { hoursFromNow, makeRelease, makeUser } from './helpers/content'
import { bootPayload, type TestPayload } from './helpers/payload'

/** `npm run jobs` (and `npm start`, which runs the same function) publishes what is overdue. */
let t: TestPayload
beforeAll(async () => {
  t = await bootPayload('jobs-cli')
})
afterAll(async () => t?.destroy())

const jobsCli = () =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['scripts/run.mjs', 'jobs'],
      {
        env: { ...process.env, NODE_OPTIONS: '', PRESSROOM_LOG_LEVEL: 'error' },
        cwd: path.resolve('.'),
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    )
  })

it('publishes a release that fell due while nothing was running, and says so', async () => {
  const { payload } = t
  const editor = await makeUser(payload, 'editor')
  const overdue = await makeRelease(payload, { _status: 'draft', headline: 'Zaległa publikacja' })
  const later = await makeRelease(payload, { _status: 'draft', headline: 'Publikacja jutro' })
  for (const [release, waitUntil] of [
    [overdue, hoursFromNow(-3)],
    [later, hoursFromNow(20)],
  ] as const) {
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'press-releases', value: release.id },
        user: editor.id,
      } as never,
      waitUntil: new Date(waitUntil),
    })
  }
  const { code, stdout, stderr } = await jobsCli()
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
  expect(stdout.trim()).toBe(
    'Ran 1 scheduled publication(s): 1 done, 0 failed (see the job log in the admin). 1 waiting.',
  )
  const status = async (id: number) =>
    (await payload.findByID({ collection: 'press-releases', id, overrideAccess: true }))._status
  expect(await status(overdue.id)).toBe('published')
  expect(await status(later.id)).toBe('draft')
  expect((await jobsCli()).stdout.trim()).toBe('No scheduled publication is due (1 waiting).')
})
