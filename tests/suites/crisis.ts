import { createLocalReq, type Payload } from 'payload'

import type { PressRelease, User } from '../../src/payload-types'

import { crisisOverview, decideHeld } from '../../src/crisis/held'
import { sendToEveryone } from '../../src/crisis/sendToEveryone'
import { distributeRelease } from '../../src/distribution/distribute'
import { sendDueDeliveries } from '../../src/distribution/sendDue'
import { runQueue } from '../../src/jobs/runner'
import { makeJournalist, makeMailingList, makeRelease, makeUser } from '../helpers/content'
import { bootPayload, type TestDatabase, type TestPayload } from '../helpers/payload'
import { startSmtp, type TestSmtp } from '../helpers/smtp'

/**
 * The freeze on one database, with an injected clock: publications and mail due during it wait on
 * every runner, an editor decides on each after the lift, and "send to everyone now" goes ahead.
 */
export const crisisSuite = (db: TestDatabase) => {
  let t: TestPayload
  let payload: Payload
  let smtp: TestSmtp
  let editor: User
  let author: User

  beforeAll(async () => {
    smtp = await startSmtp()
    process.env.SMTP_URL = smtp.url
    process.env.PRESSROOM_PUBLIC_URL = 'https://prasa.krakow.test'
    process.env.PRESSROOM_MAIL_FROM = 'Biuro Prasowe UMK <prasa@krakow.test>'
    t = await bootPayload('crisis', db)
    payload = t.payload
    editor = await makeUser(payload, 'editor')
    author = await makeUser(payload, 'author')
  })
  afterAll(async () => {
    await t?.destroy()
    await smtp?.stop()
  })

  const minutes = (n: number, from: Date) => new Date(from.getTime() + n * 60_000)
  const as = (user: User, now: Date) =>
    createLocalReq({ user: { ...user, collection: 'users' } as never, context: { now } }, payload)

  const setFreeze = async (user: User, now: Date, freeze: { active: boolean; reason?: string }) =>
    payload.updateGlobal({
      slug: 'press-office',
      data: { freeze },
      user: { ...user, collection: 'users' } as never,
      overrideAccess: false,
      context: { now },
    })

  const schedule = (release: PressRelease, waitUntil: Date) =>
    payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'press-releases', value: release.id },
        user: editor.id,
      } as never,
      waitUntil,
    })

  const isPublished = async (id: number) =>
    (
      await payload.find({
        collection: 'press-releases',
        where: { id: { equals: id } },
        overrideAccess: false,
        depth: 0,
      })
    ).totalDocs === 1

  const draft = (headline: string) => makeRelease(payload, { _status: 'draft', headline })

  it('refuses a freeze without a reason, and an author switching it on', async () => {
    const now = new Date()
    const refused = await setFreeze(editor, now, { active: true, reason: '' }).catch(
      (e: unknown) => e,
    )
    expect(refused).toMatchObject({
      status: 400,
      data: {
        errors: [
          expect.objectContaining({
            path: 'freeze.reason',
            message: 'Podaj powód wstrzymania publikacji.',
          }),
        ],
      },
    })
    await expect(setFreeze(author, now, { active: true, reason: 'Powódź' })).rejects.toMatchObject({
      status: 403,
    })
  })

  it('holds a publication falling due during the freeze on two runners, then publishes it on the editor’s word', async () => {
    const t0 = new Date()
    const release = await draft('Zamknięcie bulwarów wiślanych')
    await setFreeze(editor, t0, { active: true, reason: 'Powódź: stan alarmowy na Wiśle' })
    const job = await schedule(release, minutes(1, t0))

    // Two runners (as two instances poll) at a moment the job is due: neither takes it.
    const due = () => minutes(2, t0)
    expect(
      await Promise.all([
        runQueue(payload, 'default', { now: due }),
        runQueue(payload, 'default', { now: due }),
      ]),
    ).toEqual([[], []])
    expect(await isPublished(release.id)).toBe(false)

    const frozen = await crisisOverview(await as(editor, minutes(2, t0)))
    expect(frozen.freeze).toMatchObject({
      active: true,
      reason: 'Powódź: stan alarmowy na Wiśle',
      since: t0.toISOString(),
    })
    expect(frozen.items).toEqual([
      expect.objectContaining({
        id: `job:${job.id}`,
        kind: 'publication',
        title: 'Zamknięcie bulwarów wiślanych',
        dueAt: minutes(1, t0).toISOString(),
      }),
    ])
    // No decision while the freeze is on: the message in the admin's language.
    await expect(
      decideHeld(await as(editor, minutes(2, t0)), {
        item: `job:${job.id}`,
        action: 'publish-now',
      }),
    ).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/Najpierw wznów publikacje/),
    })

    // Lifted: what fell due still waits for a decision, on every runner…
    await setFreeze(editor, minutes(3, t0), { active: false })
    expect(await runQueue(payload, 'default', { now: () => minutes(4, t0) })).toEqual([])
    expect(await isPublished(release.id)).toBe(false)
    // …while a publication due after the lift goes out by itself.
    const later = await draft('Komunikat po wznowieniu')
    await schedule(later, minutes(5, t0))
    expect(await runQueue(payload, 'default', { now: () => minutes(6, t0) })).toHaveLength(1)
    expect(await isPublished(later.id)).toBe(true)

    const lifted = await crisisOverview(await as(editor, minutes(6, t0)))
    expect(lifted.freeze).toMatchObject({ active: false, liftedAt: minutes(3, t0).toISOString() })
    expect(lifted.items.map((i) => i.id)).toEqual([`job:${job.id}`])
    await expect(
      decideHeld(await as(editor, minutes(7, t0)), { item: `job:${job.id}`, action: 'publish' }),
    ).rejects.toMatchObject({
      status: 400,
      message: 'Pole „action” musi mieć wartość publish-now, reschedule albo cancel.',
    })
    // An author may look, not decide.
    await expect(
      decideHeld(await as(author, minutes(7, t0)), {
        item: `job:${job.id}`,
        action: 'publish-now',
      }),
    ).rejects.toMatchObject({ status: 403 })

    const decided = await decideHeld(await as(editor, minutes(7, t0)), {
      item: `job:${job.id}`,
      action: 'publish-now',
    })
    expect(decided.ran).toEqual([`${job.id}:success`])
    expect(await isPublished(release.id)).toBe(true)
    expect((await crisisOverview(await as(editor, minutes(8, t0)))).items).toEqual([])
  })

  it('reschedules one held publication and cancels another', async () => {
    const t0 = minutes(60, new Date())
    const moved = await draft('Dni Krakowa — nowy termin')
    const cancelled = await draft('Festyn na Błoniach')
    await setFreeze(editor, t0, { active: true, reason: 'Żałoba miejska' })
    const movedJob = await schedule(moved, minutes(1, t0))
    const cancelledJob = await schedule(cancelled, minutes(2, t0))
    await setFreeze(editor, minutes(10, t0), { active: false })

    // A time typed in the admin's form, on the office's clock (Europe/Warsaw).
    const at = minutes(120, t0)
    const typed = new Intl.DateTimeFormat('pl', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'Europe/Warsaw',
    })
    const parts = Object.fromEntries(typed.formatToParts(at).map((p) => [p.type, p.value]))
    const atText = `${parts.day} ${parts.month.replace('.', '')} ${parts.year}, ${parts.hour}:${parts.minute}`
    await expect(
      decideHeld(await as(editor, minutes(11, t0)), {
        item: `job:${movedJob.id}`,
        action: 'reschedule',
        at: 'jutro rano',
      }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/Podaj nowy termin/) })
    await decideHeld(await as(editor, minutes(11, t0)), {
      item: `job:${movedJob.id}`,
      action: 'reschedule',
      at: atText,
    })
    await decideHeld(await as(editor, minutes(11, t0)), {
      item: `job:${cancelledJob.id}`,
      action: 'cancel',
    })
    expect((await crisisOverview(await as(editor, minutes(12, t0)))).items).toEqual([])

    expect(await runQueue(payload, 'default', { now: () => minutes(60, t0) })).toEqual([])
    const wholeMinute = new Date(Math.floor(at.getTime() / 60_000) * 60_000)
    expect(
      (await payload.findByID({ collection: 'payload-jobs', id: movedJob.id, depth: 0 })).waitUntil,
    ).toBe(wholeMinute.toISOString())
    expect(await runQueue(payload, 'default', { now: () => minutes(121, t0) })).toHaveLength(1)
    expect(await isPublished(moved.id)).toBe(true)
    expect(
      await payload.count({
        collection: 'payload-jobs',
        where: { id: { equals: cancelledJob.id } },
      }),
    ).toEqual({ totalDocs: 0 })
    expect(await isPublished(cancelled.id)).toBe(false)
  })

  it('holds mail during the freeze, sends "to everyone now" ahead of it, and sends the held mail when the editor says so', async () => {
    const anna = await makeJournalist(payload, {
      name: 'Anna Nowak',
      email: 'anna@radio-krakow.test',
    })
    const piotr = await makeJournalist(payload, {
      name: 'Piotr Wójcik',
      email: 'piotr@gazeta.test',
    })
    const pending = await makeJournalist(payload, {
      name: 'Ewa Lis',
      email: 'ewa@tvp.test',
      consent: 'pending',
    })
    await makeMailingList(payload, 'Radio', [anna, pending])
    const gazety = await makeMailingList(payload, 'Gazety', [piotr])
    const routine = await makeRelease(payload, { headline: 'Remont ulicy Długiej' })
    const urgent = await makeRelease(payload, { headline: 'Ewakuacja mieszkańców Nowej Huty' })
    const now = new Date()

    await setFreeze(editor, now, { active: true, reason: 'Powódź' })
    await distributeRelease(payload, {
      release: routine.id,
      request: { lists: [gazety.id] },
      user: editor,
      now,
    })
    expect(await sendDueDeliveries(payload, { now: () => minutes(1, now) })).toMatchObject({
      sent: 0,
    })
    expect(smtp.received).toHaveLength(0)
    const held = await crisisOverview(await as(editor, minutes(1, now)))
    expect(held.items).toContainEqual(
      expect.objectContaining({ id: `mail:${routine.id}`, kind: 'mail', count: 1 }),
    )

    // Only while the notice is on.
    await expect(sendToEveryone(await as(editor, now), String(urgent.id))).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/tylko przy włączonym komunikacie alarmowym/),
    })
    await payload.updateGlobal({
      slug: 'press-office',
      locale: 'pl',
      data: {
        emergency: {
          active: true,
          kind: 'emergency',
          heading: 'Alarm powodziowy',
          text: 'Mieszkańcy Nowej Huty: ewakuacja do 18:00.',
        },
      },
      overrideAccess: true,
    })
    await expect(sendToEveryone(await as(author, now), String(urgent.id))).rejects.toMatchObject({
      status: 403,
    })
    expect(await sendToEveryone(await as(editor, now), String(urgent.id))).toEqual({
      recipients: 2,
      skipped: 0,
      alreadyDelivered: 0,
    })
    await smtp.waitFor(2)
    expect(smtp.received.map((r) => r.envelopeTo[0]).sort()).toEqual([
      'anna@radio-krakow.test',
      'piotr@gazeta.test',
    ])
    for (const r of smtp.received) {
      expect(r.mail.subject).toBe('Ewakuacja mieszkańców Nowej Huty')
      // The notice is in the footer of every mail sent while it is on.
      expect(r.mail.text).toContain('SYTUACJA NADZWYCZAJNA: Alarm powodziowy')
      expect(r.mail.html).toContain('Alarm powodziowy')
    }
    // A second press sends nothing twice.
    expect(await sendToEveryone(await as(editor, now), String(urgent.id))).toMatchObject({
      recipients: 0,
      alreadyDelivered: 2,
    })

    // Lifted: the routine mail still waits; "send now" sends it.
    await setFreeze(editor, minutes(2, now), { active: false })
    expect(await sendDueDeliveries(payload, { now: () => minutes(3, now) })).toMatchObject({
      sent: 0,
    })
    await decideHeld(await as(editor, minutes(4, now)), {
      item: `mail:${routine.id}`,
      action: 'publish-now',
    })
    expect(await sendDueDeliveries(payload, { now: () => minutes(5, now) })).toMatchObject({
      sent: 1,
    })
    expect(smtp.to('piotr@gazeta.test').map((r) => r.mail.subject)).toContain(
      'Remont ulicy Długiej',
    )
  })

  it('puts every switch and decision on the audit trail, with who and why', async () => {
    const t0 = minutes(24 * 60, new Date())
    const release = await draft('Koncert na Rynku Głównym')
    const trail = async (action: string) =>
      (
        await payload.find({
          collection: 'audit-events',
          where: {
            and: [{ action: { equals: action } }, { actorId: { equals: String(editor.id) } }],
          },
          sort: '-at',
          pagination: false,
          depth: 0,
          overrideAccess: true,
        })
      ).docs
    const counts = async (): Promise<Record<string, number>> =>
      Object.fromEntries(
        await Promise.all(
          [
            'freeze-on',
            'freeze-off',
            'held-decision',
            'emergency-on',
            'emergency-changed',
            'emergency-off',
          ].map(async (a) => [a, (await trail(a)).length]),
        ),
      )
    // Whatever an earlier test left on is switched off by the system, which is not the editor.
    await payload.updateGlobal({
      slug: 'press-office',
      data: { emergency: { active: false }, freeze: { active: false } },
      overrideAccess: true,
    })
    const before = await counts()

    await setFreeze(editor, t0, { active: true, reason: 'Awaria sieci ciepłowniczej' })
    const job = await schedule(release, minutes(1, t0))
    await setFreeze(editor, minutes(2, t0), { active: false })
    await decideHeld(await as(editor, minutes(3, t0)), { item: `job:${job.id}`, action: 'cancel' })
    const notice = (emergency: Record<string, unknown>) =>
      payload.updateGlobal({
        slug: 'press-office',
        locale: 'pl',
        data: { emergency },
        user: { ...editor, collection: 'users' } as never,
        overrideAccess: false,
        context: { now: t0 },
      })
    await notice({
      active: true,
      kind: 'mourning',
      heading: 'Żałoba miejska',
      text: 'Flagi opuszczone do połowy masztu.',
    })
    await notice({
      active: true,
      kind: 'mourning',
      heading: 'Żałoba miejska',
      text: 'Flagi opuszczone do połowy masztu do niedzieli.',
    })
    await notice({ active: false })
    // A save that changes neither switch records nothing.
    await notice({ active: false })

    const after = await counts()
    expect(Object.fromEntries(Object.entries(after).map(([a, n]) => [a, n - before[a]]))).toEqual({
      'freeze-on': 1,
      'freeze-off': 1,
      'held-decision': 1,
      'emergency-on': 1,
      'emergency-changed': 1,
      'emergency-off': 1,
    })
    expect((await trail('freeze-on'))[0]).toMatchObject({
      reason: 'Awaria sieci ciepłowniczej',
      actorName: editor.name,
    })
    expect((await trail('held-decision'))[0]).toMatchObject({
      docCollection: 'payload-jobs',
      docId: String(job.id),
      detail: 'cancel',
    })
  })
}
