import fs from 'node:fs'
import path from 'node:path'
import { simpleParser } from 'mailparser'

import { distributeRelease } from '../src/distribution/distribute'
import { makeJournalist, makeMailingList, makeRelease, makeUser } from './helpers/content'
import { bootPayload, type TestPayload } from './helpers/payload'

/** With no SMTP_URL, the mail job writes each message whole to $PRESSROOM_DATA_DIR/outbox/. */
let t: TestPayload

beforeAll(async () => {
  delete process.env.SMTP_URL
  process.env.PRESSROOM_MAIL_RATE = '0'
  t = await bootPayload('distribution-outbox')
})
afterAll(async () => t?.destroy())

it('runs the mail job from the queue and leaves one .eml per recipient in the outbox', async () => {
  const { payload } = t
  const editor = await makeUser(payload, 'editor')
  const journalists = await Promise.all(
    ['ola@tygodnik.test', 'piotr@portal.test'].map((email, i) =>
      makeJournalist(payload, { name: `Osoba ${i}`, email, consentSource: 'staff' }),
    ),
  )
  const list = await makeMailingList(payload, 'Lokalne', journalists)
  const release = await makeRelease(payload, {
    _status: 'published',
    headline: 'Kraków sadzi tysiąc drzew',
  })
  await distributeRelease(payload, {
    release: release.id,
    request: { lists: [list.id] },
    user: editor,
  })

  const outbox = path.join(t.dataDir, 'outbox')
  expect(fs.existsSync(outbox)).toBe(false)
  const { jobStatus } = await payload.jobs.run({ queue: 'mail' })
  expect(Object.values(jobStatus ?? {}).map((s) => s.status)).toEqual(['success'])

  const files = fs.readdirSync(outbox).filter((f) => f.endsWith('.eml'))
  expect(files).toHaveLength(2)
  const mails = await Promise.all(
    files.map((f) => simpleParser(fs.readFileSync(path.join(outbox, f)))),
  )
  expect(mails.map((m) => m.to && !Array.isArray(m.to) && m.to.value[0].address).sort()).toEqual([
    'ola@tygodnik.test',
    'piotr@portal.test',
  ])
  for (const mail of mails) {
    expect(mail.subject).toBe('Kraków sadzi tysiąc drzew')
    expect(mail.html).toContain('Kraków sadzi tysiąc drzew')
    expect(mail.text).toContain('Kraków sadzi tysiąc drzew')
  }
  const { docs } = await payload.find({ collection: 'deliveries', overrideAccess: true, depth: 0 })
  expect(docs.map((d) => d.status)).toEqual(['sent', 'sent'])
})
