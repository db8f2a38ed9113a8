import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { User } from '../src/payload-types'
import { correctionPending, sendCorrection } from '../src/corrections/sendCorrection'
import { distributeRelease } from '../src/distribution/distribute'
import { sendDueDeliveries } from '../src/distribution/sendDue'
import {
  makeJournalist,
  makeMailingList,
  makeRelease,
  publishInTwoLanguages,
  makeUser,
  withoutSecondPairOfEyes,
} from './helpers/content'
import { bootPayload, type TestPayload } from './helpers/payload'
import { startSmtp, type TestSmtp } from './helpers/smtp'

/**
 * "Wyślij sprostowanie" through the Local API, with a real SMTP server: every recipient of the
 * first mail gets exactly one correction per change, in their language, with the note and fresh
 * personal links; the register records it with the number of recipients.
 */
let t: TestPayload
let payload: Payload
let smtp: TestSmtp
let editor: User
let author: User

const as = async (user: User) => createLocalReq({ user: { ...user, collection: 'users' } }, payload)

/** The English text and note of the coming change, saved as a draft by nobody in particular. */
const draftInEnglish = (id: number, data: { lead?: string; changeNote: string }) =>
  payload.update({
    collection: 'press-releases',
    id,
    locale: 'en',
    draft: true,
    overrideAccess: true,
    data,
  })

const refusalOf = async (attempt: Promise<unknown>) => {
  try {
    await attempt
  } catch (error) {
    return { status: (error as { status?: number }).status, message: (error as Error).message }
  }
  throw new Error('not refused')
}

beforeAll(async () => {
  smtp = await startSmtp()
  process.env.SMTP_URL = smtp.url
  process.env.PRESSROOM_PUBLIC_URL = 'https://prasa.krakow.test'
  process.env.PRESSROOM_MAIL_FROM = 'Biuro Prasowe UMK <prasa@krakow.test>'
  t = await bootPayload('correction-mail')
  payload = t.payload
  await withoutSecondPairOfEyes(payload)
  editor = await makeUser(payload, 'editor')
  author = await makeUser(payload, 'author')
}, 120_000)

afterAll(async () => {
  await t?.destroy()
  await smtp?.stop()
})

it('mails each recipient of the first mail one correction per change, and records it', async () => {
  const tag = Math.random().toString(36).slice(2, 7)
  const pl = await makeJournalist(payload, {
    name: 'Anna Zielińska',
    email: `anna-${tag}@radio.test`,
  })
  const en = await makeJournalist(payload, {
    name: 'John Smith',
    email: `john-${tag}@wire.test`,
    languages: ['en'],
  })
  const never = await makeJournalist(payload, {
    name: 'Ewa Nowak',
    email: `ewa-${tag}@gazeta.test`,
  })
  const release = await publishInTwoLanguages(
    payload,
    { lead: 'Przyjęto 3 241 dzieci.' },
    { headline: `Nurseries ${tag}`, lead: '3,241 children admitted.' },
  )
  const list = await makeMailingList(payload, `Żłobki ${tag}`, [pl, en])
  await makeMailingList(payload, `Inni ${tag}`, [never])

  // Nothing sent yet, no change yet: nothing to correct.
  expect(await refusalOf(sendCorrection(await as(editor), String(release.id)))).toMatchObject({
    status: 409,
  })
  await distributeRelease(payload, {
    release: release.id,
    request: { lists: [list.id] },
    user: editor,
  })
  await sendDueDeliveries(payload)
  expect(smtp.to(pl.email)).toHaveLength(1)
  expect(await refusalOf(sendCorrection(await as(editor), String(release.id)))).toMatchObject({
    status: 409,
    message: expect.stringMatching(/aktualizacji ani sprostowania/),
  })

  await draftInEnglish(release.id, {
    lead: '3,214 children admitted.',
    changeNote: 'Corrected: 3,214 children, not 3,241.',
  })
  await payload.update({
    collection: 'press-releases',
    id: release.id,
    locale: 'pl',
    user: editor,
    overrideAccess: false,
    data: {
      _status: 'published',
      lead: 'Przyjęto 3 214 dzieci.',
      changeKind: 'correction',
      changeNote: 'Poprawiono liczbę dzieci: 3 214, nie 3 241.',
    },
  })

  expect(await refusalOf(sendCorrection(await as(author), String(release.id)))).toMatchObject({
    status: 403,
  })
  // Twice at once, and once more later: one correction each.
  const [first, second] = await Promise.all([
    sendCorrection(await as(editor), String(release.id)),
    sendCorrection(await as(editor), String(release.id)),
  ])
  expect(first.recipients + second.recipients).toBe(2)
  expect((await sendCorrection(await as(editor), String(release.id))).recipients).toBe(0)
  await sendDueDeliveries(payload)

  const [plFirst, plCorrection] = smtp.to(pl.email)
  expect(smtp.to(pl.email)).toHaveLength(2)
  expect(smtp.to(never.email)).toHaveLength(0)
  expect(plCorrection.mail.subject).toBe(`SPROSTOWANIE: ${release.headline}`)
  // Typeset (non-breaking spaces) and wrapped at 78 columns in the text part.
  const plain = (text: string | false | undefined) => String(text ?? '').replace(/\s+/g, ' ')
  expect(plain(plCorrection.mail.text)).toContain('Poprawiono liczbę dzieci: 3 214, nie 3 241.')
  expect(plain(plCorrection.mail.text)).toContain('Przyjęto 3 214 dzieci.')
  expect(plCorrection.mail.html).toContain('Poprawiono liczbę dzieci')
  const linkOf = (text: string | undefined) => /\/r\/([^\s/]+)/.exec(text ?? '')?.[1]
  expect(linkOf(plCorrection.mail.text)).toBeTruthy()
  expect(linkOf(plCorrection.mail.text)).not.toBe(linkOf(plFirst.mail.text))
  const [, enCorrection] = smtp.to(en.email)
  expect(smtp.to(en.email)).toHaveLength(2)
  expect(enCorrection.mail.subject).toBe(`CORRECTION: Nurseries ${tag}`)
  expect(plain(enCorrection.mail.text)).toContain('Corrected: 3,214 children, not 3,241.')

  const { docs: sent } = await payload.find({
    collection: 'release-events',
    where: { and: [{ release: { equals: release.id } }, { kind: { equals: 'correction-sent' } }] },
    overrideAccess: true,
  })
  expect(sent.map((e) => e.recipients)).toEqual([2])
}, 60_000)

it('asks the second pair of eyes: a correction published alone is mailed only by another editor', async () => {
  const tag = Math.random().toString(36).slice(2, 7)
  const reviewer = await makeUser(payload, 'editor')
  const journalist = await makeJournalist(payload, {
    name: 'Marta Wiśniewska',
    email: `marta-${tag}@tvp.test`,
  })
  const release = await publishInTwoLanguages(
    payload,
    { lead: 'Most otwarto 12 grudnia.' },
    { headline: `Bridge ${tag}`, lead: 'The bridge opened on 12 December.' },
  )
  const list = await makeMailingList(payload, `Mosty ${tag}`, [journalist])
  await distributeRelease(payload, {
    release: release.id,
    request: { lists: [list.id] },
    user: reviewer,
  })
  await sendDueDeliveries(payload)
  await payload.updateGlobal({ slug: 'press-office', data: { secondPairOfEyes: true } })
  try {
    await draftInEnglish(release.id, { changeNote: 'Corrected: it opened on 14 December.' })
    // The editor corrects the text and publishes it alone, giving a reason.
    await payload.update({
      collection: 'press-releases',
      id: release.id,
      locale: 'pl',
      user: editor,
      overrideAccess: false,
      context: { forceReason: 'Błędna data w komunikacie' },
      data: {
        _status: 'published',
        lead: 'Most otwarto 14 grudnia.',
        changeKind: 'correction',
        changeNote: 'Poprawiono datę otwarcia: 14, nie 12 grudnia.',
      },
    })
    const refused = await refusalOf(sendCorrection(await as(editor), String(release.id)))
    expect(refused).toMatchObject({
      status: 403,
      message: expect.stringMatching(/druga para oczu/),
    })
    const { totalDocs } = await payload.count({
      collection: 'deliveries',
      where: { and: [{ release: { equals: release.id } }, { kind: { equals: 'correction' } }] },
    })
    expect(totalDocs).toBe(0)
    const stored = await payload.findByID({ collection: 'press-releases', id: release.id })
    expect(await correctionPending(await as(editor), stored)).toBe(false)
    expect(await correctionPending(await as(reviewer), stored)).toBe(true)
    expect((await sendCorrection(await as(reviewer), String(release.id))).recipients).toBe(1)
  } finally {
    await withoutSecondPairOfEyes(payload)
  }
}, 60_000)
