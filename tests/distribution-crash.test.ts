import { spawn } from 'node:child_process'
import path from 'node:path'

import type { Journalist, User } from '../src/payload-types'

import { distributeRelease } from '../src/distribution/distribute'
import { CLAIM_BATCH, LEASE_MS, sendDueDeliveries } from '../src/distribution/sendDue'
import { makeJournalist, makeMailingList, makeRelease, makeUser } from './helpers/content'
import { bootPayload, type TestPayload } from './helpers/payload'
import { startSmtp, type TestSmtp } from './helpers/smtp'

/**
 * Exactly once across a crash: the sender (`npm run mail`, a child process) is killed with
 * SIGKILL while the SMTP server holds its messages unanswered, then started again.
 */
let t: TestPayload
let smtp: TestSmtp
let editor: User

beforeAll(async () => {
  smtp = await startSmtp()
  process.env.SMTP_URL = smtp.url
  t = await bootPayload('distribution-crash')
  editor = await makeUser(t.payload, 'editor')
})

afterAll(async () => {
  await t?.destroy()
  await smtp?.stop()
})

const startSender = () => {
  const child = spawn(process.execPath, ['scripts/run.mjs', 'mail'], {
    cwd: path.resolve('.'),
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      PRESSROOM_LOG_LEVEL: 'error',
      PRESSROOM_MAIL_RATE: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  const exited = new Promise<{ code: number | null; signal: string | null; output: string }>(
    (resolve) => child.once('exit', (code, signal) => resolve({ code, signal, output })),
  )
  return { child, exited }
}

it('mails each of 20 journalists exactly once when the sender is killed mid-send and started again', async () => {
  const { payload } = t
  const journalists: Journalist[] = []
  for (let i = 0; i < 20; i++) {
    journalists.push(
      await makeJournalist(payload, {
        name: `Dziennikarz ${i}`,
        email: `d${i}@media.test`,
        consentSource: 'staff',
      }),
    )
  }
  const list = await makeMailingList(payload, 'Wszyscy', journalists)
  const release = await makeRelease(payload, { _status: 'published' })
  const start = Date.now()
  await distributeRelease(payload, {
    release: release.id,
    request: { lists: [list.id] },
    user: editor,
    now: new Date(start),
  })

  const count = async (status: string) =>
    (
      await payload.count({
        collection: 'deliveries',
        where: { status: { equals: status } },
        overrideAccess: true,
      })
    ).totalDocs

  // Five messages are accepted; from the 6th on each is held without an answer. Once the five
  // are recorded sent (the sender has several messages on the way at once), it is killed while
  // the held ones wait.
  const first = startSender()
  let held = 0
  let sixthHeld: () => void = () => {}
  const sixth = new Promise<void>((resolve) => (sixthHeld = resolve))
  smtp.holdEach((accept) => {
    held++
    if (held <= 5) accept()
    else if (held === 6) sixthHeld()
  })
  await sixth
  while ((await count('sent')) < 5) await new Promise((resolve) => setImmediate(resolve))
  first.child.kill('SIGKILL')
  const killed = await first.exited
  expect(killed.signal).toBe('SIGKILL')
  smtp.holdEach(undefined)
  expect(smtp.received).toHaveLength(5)

  // The killed sender had claimed a batch: the messages on the way and the rest of its batch
  // are still "sending" under its lease; nothing else was touched.
  const leased = CLAIM_BATCH - 5
  expect({
    sent: await count('sent'),
    sending: await count('sending'),
    queued: await count('queued'),
  }).toEqual({
    sent: 5,
    sending: leased,
    queued: 20 - 5 - leased,
  })

  // Started again: everything still queued goes; the leased ones wait for their lease.
  const second = await startSender().exited
  expect({ code: second.code, output: second.output.trim() }).toEqual({
    code: 0,
    output: `Sent ${20 - 5 - leased}, failed 0, retrying later 0, waiting for publication 0.`,
  })
  expect(smtp.received).toHaveLength(20 - leased)

  // Once the lease of the killed sender has run out, its interrupted batch is sent.
  const later = await sendDueDeliveries(payload, {
    now: () => new Date(Date.now() + LEASE_MS + 1000),
  })
  expect(later.sent).toBe(leased)
  const perRecipient = smtp.received.map((r) => r.envelopeTo.join(','))
  expect(perRecipient.sort()).toEqual(journalists.map((j) => j.email).sort())
  expect(await count('sent')).toBe(20)
})
