import { Forbidden, ValidationError, type Payload } from 'payload'

import type { Journalist, PressRelease, User } from '../../src/payload-types'

import { distributeRelease } from '../../src/distribution/distribute'
import { createRateLimiter } from '../../src/distribution/rateLimit'
import { sendDueDeliveries } from '../../src/distribution/sendDue'
import { signToken, verifyToken } from '../../src/distribution/token'
import { unsubscribeByToken } from '../../src/distribution/unsubscribe'
import { UserError } from '../../src/lib/errors'
import {
  makeJournalist,
  makeMailingList,
  makeQuote,
  makeRelease,
  makeUser,
  withoutSecondPairOfEyes,
} from '../helpers/content'
import { bootPayload, type TestDatabase, type TestPayload } from '../helpers/payload'
import { startSmtp, type TestSmtp } from '../helpers/smtp'

/** Distribution on one database: recipients, the message, SMTP failures, the schedule, consent. */
export const distributionSuite = (db: TestDatabase) => {
  let t: TestPayload
  let payload: Payload
  let smtp: TestSmtp
  let editor: User
  let author: User
  let seq = 0

  const journalist = (data: Partial<Journalist> = {}) =>
    makeJournalist(payload, {
      name: `Jan Kowalski ${++seq}`,
      email: `jan${seq}@gazeta-krakowska.test`,
      outlet: 'Gazeta Krakowska',
      ...data,
    })

  const list = (
    members: Journalist[],
    rule: { topics?: string[]; languages?: ('pl' | 'en' | 'uk')[] } = {},
  ) => makeMailingList(payload, `Lista ${++seq}`, members, rule)

  const deliveriesOf = async (release: PressRelease) =>
    (
      await payload.find({
        collection: 'deliveries',
        where: { release: { equals: release.id } },
        depth: 1,
        pagination: false,
        sort: 'id',
        overrideAccess: true,
      })
    ).docs

  const inHours = (hours: number, from = Date.now()) => new Date(from + hours * 3600_000)

  beforeAll(async () => {
    smtp = await startSmtp()
    process.env.SMTP_URL = smtp.url
    process.env.PRESSROOM_PUBLIC_URL = 'https://prasa.krakow.test'
    process.env.PRESSROOM_MAIL_FROM = 'Biuro Prasowe UMK <prasa@krakow.test>'
    t = await bootPayload('distribution', db)
    payload = t.payload
    editor = await makeUser(payload, 'editor')
    author = await makeUser(payload, 'author')
    await withoutSecondPairOfEyes(payload)
  })

  afterAll(async () => {
    await t?.destroy()
    await smtp?.stop()
  })

  describe('journalists, lists and deliveries are staff only', () => {
    it.each(['journalists', 'mailing-lists', 'deliveries', 'link-uses'] as const)(
      'an anonymous reader is refused %s',
      async (collection) => {
        await expect(payload.find({ collection, overrideAccess: false })).rejects.toThrow(Forbidden)
      },
    )

    it('stores e-mail addresses in lower case, so the same address in capitals is a duplicate', async () => {
      const first = await journalist({ email: 'Ewa.Nowak@Radio-Krakow.test' })
      expect(first.email).toBe('ewa.nowak@radio-krakow.test')
      const duplicate = journalist({ email: 'EWA.NOWAK@radio-krakow.test' })
      await expect(duplicate).rejects.toThrow(ValidationError)
      await expect(duplicate).rejects.toMatchObject({
        data: { errors: [expect.objectContaining({ path: 'email' })] },
      })
    })

    it('stamps the moment a journalist confirms and unsubscribes', async () => {
      const j = await journalist({ consent: 'pending' })
      expect(j.confirmedAt).toBeFalsy()
      const asked = Date.now()
      const confirmed = await payload.update({
        collection: 'journalists',
        id: j.id,
        data: { consent: 'confirmed' },
        overrideAccess: true,
      })
      const stamped = new Date(confirmed.confirmedAt!).getTime()
      expect([stamped >= asked, stamped <= Date.now()]).toEqual([true, true])
      const gone = await payload.update({
        collection: 'journalists',
        id: j.id,
        data: { consent: 'unsubscribed' },
        overrideAccess: true,
      })
      expect(gone.unsubscribedAt).toBeTruthy()
    })
  })

  describe('sending a published release', () => {
    it('mails every confirmed journalist on the lists once, with the release in both parts and personal links', async () => {
      const a = await journalist({ name: 'Anna Zielińska', outlet: 'Radio Kraków' })
      const b = await journalist()
      const pending = await journalist({ consent: 'pending' })
      const unsubscribed = await journalist({ consent: 'unsubscribed' })
      const byRule = await journalist({ topics: ['transport'], languages: ['en', 'pl'] })
      const release = await makeRelease(payload, { _status: 'published', topics: ['transport'] })
      const lists = [
        await list([a, b, pending]),
        await list([b, unsubscribed]),
        await list([], { topics: ['transport'] }),
      ]

      const result = await distributeRelease(payload, {
        release: release.id,
        request: { lists: lists.map((l) => l.id) },
        user: editor,
      })
      expect(result).toMatchObject({
        mode: 'at-publication',
        recipients: 3,
        skipped: 0,
        alreadyDelivered: 0,
      })

      const before = smtp.received.length
      const report = await sendDueDeliveries(payload)
      expect(report).toMatchObject({ sent: 3, failed: 0, retrying: 0 })
      const got = smtp.received.slice(before)
      expect(got.flatMap((r) => r.envelopeTo).sort()).toEqual(
        [a.email, b.email, byRule.email].sort(),
      )

      const mail = smtp.to(a.email)[0].mail
      expect(mail.subject).toBe(release.headline)
      expect(mail.from?.value).toEqual([
        { name: 'Biuro Prasowe UMK', address: 'prasa@krakow.test' },
      ])
      expect(mail.text).toContain('Od poniedziałku pasażerowie wsiądą')
      expect(mail.html).toContain('Od poniedziałku pasażerowie wsiądą')
      // CSS is inlined for mail programs that drop <style>.
      expect(mail.html).toMatch(/<h1 class="headline" style="[^"]*font-size/)
      expect(mail.html).not.toMatch(/<img[^>]+src="https?:/)
      expect(mail.text).toContain('Anna Zielińska (Radio Kraków)')
      expect(mail.messageId).toMatch(/^<delivery-\d+\.release-\d+@prasa\.krakow\.test>$/)
      expect(mail.headers.get('auto-submitted')).toBe('auto-generated')
      const raw = smtp.to(a.email)[0].raw
      expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r$/m)
      const unsubscribe = /^List-Unsubscribe:(.*(?:\r\n[ \t].*)*)/m
        .exec(raw)![1]
        .replace(/\r\n[ \t]+/g, ' ')
      expect(unsubscribe).toMatch(/<https:\/\/prasa\.krakow\.test\/u\/[\w-]+\.[\w-]+>/)
      expect(unsubscribe).toContain('mailto:unsubscribe@prasa.krakow.test')

      const links = [
        ...mail.text!.matchAll(
          /https:\/\/prasa\.krakow\.test\/r\/([\w-]+\.[\w-]+)(\/(pdf|html|txt))?/g,
        ),
      ]
      expect(links.map((l) => l[2] ?? '')).toEqual(['', '/pdf', '/html', '/txt'])
      const deliveries = await deliveriesOf(release)
      const mine = deliveries.find((d) => (d.journalist as Journalist).id === a.id)!
      expect(verifyToken('link', links[0][1])?.subject).toBe(mine.id)
      // The HTML part is rendered once and shared: each copy still names its own reader and links.
      expect(mail.html).toContain('Anna Zielińska (Radio Kraków)')
      expect(mail.html).toContain(`href="https://prasa.krakow.test/r/${links[0][1]}/pdf"`)
      expect(mail.html).not.toMatch(/personal\.invalid|RECIPIENT-SLOT/)
      expect(smtp.to(b.email)[0].mail.html).not.toContain('Anna Zielińska')
      expect(smtp.to(b.email)[0].mail.html).not.toContain(links[0][1])
      expect(mine).toMatchObject({ status: 'sent', attempts: 1, kind: 'publication', locale: 'pl' })
      expect(deliveries.map((d) => (d.journalist as Journalist).id)).not.toContain(pending.id)
      expect(deliveries.map((d) => (d.journalist as Journalist).id)).not.toContain(unsubscribed.id)
    })

    it('sends nothing new when the same release is distributed again to the same lists', async () => {
      const a = await journalist()
      const release = await makeRelease(payload, { _status: 'published' })
      const l = await list([a])
      await distributeRelease(payload, {
        release: release.id,
        request: { lists: [l.id] },
        user: editor,
      })
      await sendDueDeliveries(payload)
      const again = await distributeRelease(payload, {
        release: release.id,
        request: { lists: [l.id] },
        user: editor,
      })
      expect(again).toMatchObject({ recipients: 0, alreadyDelivered: 1 })
      await sendDueDeliveries(payload)
      expect(smtp.to(a.email)).toHaveLength(1)
    })

    it('refuses a second delivery of the same kind at the database, whatever the caller', async () => {
      const a = await journalist()
      const release = await makeRelease(payload, { _status: 'published' })
      const data = {
        release: release.id,
        journalist: a.id,
        kind: 'publication' as const,
        locale: 'pl' as const,
        status: 'queued' as const,
      }
      await payload.create({ collection: 'deliveries', data, overrideAccess: true })
      await expect(
        payload.create({ collection: 'deliveries', data, overrideAccess: true }),
      ).rejects.toThrow(ValidationError)
      const { totalDocs } = await payload.count({
        collection: 'deliveries',
        where: { release: { equals: release.id } },
        overrideAccess: true,
      })
      expect(totalDocs).toBe(1)
    })

    it('writes each journalist in their first language that the release has', async () => {
      const english = await journalist({ languages: ['uk', 'en', 'pl'] })
      const onlyUk = await journalist({ languages: ['uk'] })
      const release = await makeRelease(payload, { _status: 'published' })
      await payload.update({
        collection: 'press-releases',
        id: release.id,
        locale: 'en',
        data: {
          headline: 'New tram stops in Kazimierz',
          lead: 'From Monday, passengers board at two new stops.',
          _status: 'published',
        },
        overrideAccess: true,
      })
      const result = await distributeRelease(payload, {
        release: release.id,
        request: { lists: [(await list([english, onlyUk])).id] },
        user: editor,
      })
      expect(result).toMatchObject({ recipients: 1, skipped: 1 })
      await sendDueDeliveries(payload)
      expect(smtp.to(english.email)[0].mail.subject).toBe('New tram stops in Kazimierz')
      expect(smtp.to(onlyUk.email)).toHaveLength(0)
      const skipped = (await deliveriesOf(release)).find((d) => d.status === 'skipped')!
      expect(skipped.reason).toContain('not written in any of the journalist')
      // Stored as a code the admin words in its own language, with what the code leaves open.
      expect(skipped).toMatchObject({ reasonCode: 'no-language', reasonDetail: 'uk' })
    })

    it('keeps to the rate limit with several messages on the way at once', async () => {
      const rate = 20
      const members: Journalist[] = []
      for (let i = 0; i < 8; i++) members.push(await journalist())
      const release = await makeRelease(payload, { _status: 'published' })
      await distributeRelease(payload, {
        release: release.id,
        request: { lists: [(await list(members)).id] },
        user: editor,
      })
      const arrivals: number[] = []
      smtp.holdEach((accept) => {
        arrivals.push(Date.now())
        accept()
      })
      const start = Date.now()
      try {
        const report = await sendDueDeliveries(payload, {
          release: release.id,
          throttle: createRateLimiter(rate),
        })
        expect(report.sent).toBe(8)
      } finally {
        smtp.holdEach(undefined)
      }
      // The limiter gives each message its own slot 1/rate apart, however many wait at once:
      // the 8th cannot start before 7 intervals have passed (1 ms for the timers' rounding).
      expect(arrivals).toHaveLength(8)
      expect(Math.max(...arrivals) - start).toBeGreaterThanOrEqual((7 * 1000) / rate - 1)
    })
  })

  describe('who may send, and what', () => {
    it('lets an author prepare but not send', async () => {
      const release = await makeRelease(payload, { _status: 'published' })
      const l = await list([await journalist()])
      const attempt = distributeRelease(payload, {
        release: release.id,
        request: { lists: [l.id] },
        user: author,
      })
      await expect(attempt).rejects.toThrow(UserError)
      await expect(attempt).rejects.toMatchObject({
        httpStatus: 403,
        message: expect.stringContaining('Only editors and admins'),
      })
    })

    it('names the reason: no lists, not embargoed for pre-delivery, an unapproved quote', async () => {
      const release = await makeRelease(payload, { _status: 'published' })
      const l = await list([await journalist()])
      await expect(
        distributeRelease(payload, { release: release.id, request: { lists: [] }, user: editor }),
      ).rejects.toThrow('Choose at least one mailing list')
      await expect(
        distributeRelease(payload, {
          release: release.id,
          request: { lists: [l.id], mode: 'pre-delivery' },
          user: editor,
        }),
      ).rejects.toThrow('this release is not under embargo')
      const pending = await makeQuote(payload, {
        status: 'pending',
        text: 'Nowe przystanki to dopiero początek.',
      })
      const quoted = await makeRelease(payload, { _status: 'draft', quotes: [pending.id] })
      await expect(
        distributeRelease(payload, {
          release: quoted.id,
          request: { lists: [l.id] },
          user: editor,
        }),
      ).rejects.toThrow(
        'Nie można wysłać: cytat „Nowe przystanki to dopiero początek.” (Anna Wiśniewska) czeka na zatwierdzenie.',
      )
    })
  })

  describe('embargoed pre-delivery', () => {
    it('goes now only to journalists trusted with embargoes, with the embargo in the subject; the others are skipped with why', async () => {
      const now = new Date()
      const embargo = inHours(20, now.getTime())
      const trusted = await journalist({ embargoTrusted: true, name: 'Jan Kowalski' })
      const untrusted = await journalist()
      const release = await makeRelease(payload, {
        _status: 'published',
        embargoUntil: embargo.toISOString(),
      })
      const l = await list([trusted, untrusted])

      const result = await distributeRelease(payload, {
        release: release.id,
        request: { lists: [l.id], mode: 'pre-delivery' },
        user: editor,
        now,
      })
      expect(result).toMatchObject({ mode: 'pre-delivery', recipients: 1, skipped: 1 })
      await sendDueDeliveries(payload, { now: () => now })

      expect(smtp.to(untrusted.email)).toHaveLength(0)
      const mail = smtp.to(trusted.email)[0].mail
      const expected = new Intl.DateTimeFormat('pl', {
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'Europe/Warsaw',
      }).format(embargo)
      const zone = new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Warsaw',
        timeZoneName: 'short',
      })
        .formatToParts(embargo)
        .find((p) => p.type === 'timeZoneName')!.value
      expect(mail.subject).toBe(`EMBARGO DO ${expected} ${zone} — ${release.headline}`)
      expect(mail.text).toContain('EMBARGO DO')
      expect(mail.html).toContain('class="embargo"')
      const skipped = (await deliveriesOf(release)).find(
        (d) => (d.journalist as Journalist).id === untrusted.id,
      )!
      expect(skipped).toMatchObject({ status: 'skipped', kind: 'pre-delivery' })
      expect(skipped.reason).toContain('Not trusted with embargoed material')
      expect(skipped.reasonCode).toBe('not-embargo-trusted')
    })

    it('waits for the chosen time', async () => {
      const now = new Date()
      const trusted = await journalist({ embargoTrusted: true })
      const release = await makeRelease(payload, {
        _status: 'published',
        embargoUntil: inHours(20, now.getTime()).toISOString(),
      })
      const at = inHours(2, now.getTime())
      await distributeRelease(payload, {
        release: release.id,
        request: {
          lists: [(await list([trusted])).id],
          mode: 'pre-delivery',
          at: at.toISOString(),
        },
        user: editor,
        now,
      })
      await sendDueDeliveries(payload, { now: () => inHours(1, now.getTime()) })
      expect(smtp.to(trusted.email)).toHaveLength(0)
      await sendDueDeliveries(payload, { now: () => inHours(2, now.getTime()) })
      expect(smtp.to(trusted.email)).toHaveLength(1)
    })
  })

  describe('at publication', () => {
    it('waits for a draft to be published, and for an embargo to lift', async () => {
      const now = new Date()
      const a = await journalist()
      const release = await makeRelease(payload, { _status: 'draft' })
      const result = await distributeRelease(payload, {
        release: release.id,
        request: { lists: [(await list([a])).id] },
        user: editor,
        now,
      })
      expect(result).toMatchObject({ recipients: 1, sendsAt: null })
      await sendDueDeliveries(payload, { now: () => inHours(100, now.getTime()) })
      expect(smtp.to(a.email)).toHaveLength(0)

      const embargo = inHours(5, now.getTime())
      await payload.update({
        collection: 'press-releases',
        id: release.id,
        data: {
          _status: 'published',
          releaseType: 'embargoed',
          embargoUntil: embargo.toISOString(),
        },
        user: editor,
        overrideAccess: false,
      })
      const [delivery] = await deliveriesOf(release)
      expect(delivery.sendAfter).toBe(embargo.toISOString())
      const { docs: jobs } = await payload.find({
        collection: 'payload-jobs',
        where: {
          and: [
            { taskSlug: { equals: 'sendMail' } },
            { waitUntil: { equals: embargo.toISOString() } },
          ],
        },
        overrideAccess: true,
      })
      expect(jobs).toHaveLength(1)

      await sendDueDeliveries(payload, { now: () => inHours(4.9, now.getTime()) })
      expect(smtp.to(a.email)).toHaveLength(0)
      await sendDueDeliveries(payload, { now: () => inHours(5, now.getTime()) })
      expect(smtp.to(a.email)).toHaveLength(1)
    })
  })

  describe('SMTP failures', () => {
    it('retries a temporary refusal (421) later and sends once', async () => {
      const a = await journalist()
      smtp.refuse(a.email, 421)
      const release = await makeRelease(payload, { _status: 'published' })
      const now = Date.now()
      await distributeRelease(payload, {
        release: release.id,
        request: { lists: [(await list([a])).id] },
        user: editor,
        now: new Date(now),
      })
      const first = await sendDueDeliveries(payload, { now: () => new Date(now) })
      expect(first).toMatchObject({ sent: 0, retrying: 1 })
      let [delivery] = await deliveriesOf(release)
      expect(delivery).toMatchObject({ status: 'queued', attempts: 1 })
      expect(delivery.reason).toContain('421')
      expect(new Date(delivery.sendAfter!).getTime()).toBe(now + 60_000)
      expect(first.nextDue?.getTime()).toBe(now + 60_000)

      await sendDueDeliveries(payload, { now: () => new Date(now + 30_000) })
      expect(smtp.to(a.email)).toHaveLength(0)
      await sendDueDeliveries(payload, { now: () => new Date(now + 60_000) })
      ;[delivery] = await deliveriesOf(release)
      expect(delivery).toMatchObject({ status: 'sent', attempts: 2, reason: null })
      expect(smtp.to(a.email)).toHaveLength(1)
    })

    it("fails a delivery on a permanent refusal (550) with the server's words, and goes on with the others", async () => {
      const gone = await journalist()
      const fine = await journalist()
      smtp.refuse(gone.email, 550)
      const release = await makeRelease(payload, { _status: 'published' })
      await distributeRelease(payload, {
        release: release.id,
        request: { lists: [(await list([gone, fine])).id] },
        user: editor,
      })
      const report = await sendDueDeliveries(payload)
      expect(report).toMatchObject({ sent: 1, failed: 1 })
      const failed = (await deliveriesOf(release)).find(
        (d) => (d.journalist as Journalist).id === gone.id,
      )!
      expect(failed.status).toBe('failed')
      expect(failed.reason).toMatch(/550.*Mailbox unavailable/)
      expect(failed).toMatchObject({ reasonCode: 'smtp-refused' })
      expect(failed.reasonDetail).toMatch(/^550.*Mailbox unavailable/)
      await sendDueDeliveries(payload, { now: () => inHours(48) })
      expect(smtp.to(gone.email)).toHaveLength(0)
      expect(smtp.to(fine.email)).toHaveLength(1)
    })

    it('gives up on a server that keeps answering 421 after six attempts', async () => {
      const now = Date.now()
      const a = await journalist()
      smtp.refuse(a.email, 421, 421, 421, 421, 421, 421, 421)
      const release = await makeRelease(payload, { _status: 'published' })
      await distributeRelease(payload, {
        release: release.id,
        request: { lists: [(await list([a])).id] },
        user: editor,
      })
      for (let hour = 0; hour < 8; hour++)
        await sendDueDeliveries(payload, { now: () => inHours(hour, now), release: release.id })
      const [delivery] = await deliveriesOf(release)
      expect(delivery.status).toBe('failed')
      expect(delivery.reason).toMatch(/^Gave up after 6 attempts: .*421/)
    })
  })

  describe('unsubscribing', () => {
    const tokenIn = (raw: string) =>
      /\/u\/([\w-]+\.[\w-]+)>/.exec(raw.replace(/\r\n[ \t]+/g, ' '))![1]

    it('takes effect at once from the link in a mail: a delivery already queued is skipped, and later lists leave them out', async () => {
      const a = await journalist()
      const first = await makeRelease(payload, { _status: 'published' })
      const l = await list([a])
      await distributeRelease(payload, {
        release: first.id,
        request: { lists: [l.id] },
        user: editor,
      })
      await sendDueDeliveries(payload)
      const token = tokenIn(smtp.to(a.email)[0].raw)

      const queued = await makeRelease(payload, { _status: 'published' })
      await distributeRelease(payload, {
        release: queued.id,
        request: { lists: [l.id] },
        user: editor,
      })
      expect(await unsubscribeByToken(payload, token)).toEqual({
        ok: true,
        name: a.name,
        locale: 'pl',
      })
      await sendDueDeliveries(payload)
      expect(smtp.to(a.email)).toHaveLength(1)
      const [skipped] = await deliveriesOf(queued)
      expect(skipped).toMatchObject({
        status: 'skipped',
        reason: 'Consent is unsubscribed at sending time.',
      })

      const later = await makeRelease(payload, { _status: 'published' })
      const result = await distributeRelease(payload, {
        release: later.id,
        request: { lists: [l.id] },
        user: editor,
      })
      expect(result.recipients).toBe(0)
      const found = await payload.findByID({
        collection: 'journalists',
        id: a.id,
        overrideAccess: true,
      })
      expect(found).toMatchObject({ consent: 'unsubscribed' })
      expect(found.unsubscribedAt).toBeTruthy()
    })

    it('changes nothing for a token with one character flipped', async () => {
      const a = await journalist()
      const release = await makeRelease(payload, { _status: 'published' })
      await distributeRelease(payload, {
        release: release.id,
        request: { lists: [(await list([a])).id] },
        user: editor,
      })
      await sendDueDeliveries(payload)
      const token = tokenIn(smtp.to(a.email)[0].raw)
      const last = token.at(-1) === 'A' ? 'B' : 'A'
      expect(await unsubscribeByToken(payload, token.slice(0, -1) + last)).toEqual({ ok: false })
      expect(
        await unsubscribeByToken(
          payload,
          signToken('link', {
            subject: a.id,
            expires: inHours(1),
            key: verifyToken('unsubscribe', token)!.key!,
          }),
        ),
      ).toEqual({ ok: false })
      const found = await payload.findByID({
        collection: 'journalists',
        id: a.id,
        overrideAccess: true,
      })
      expect(found.consent).toBe('confirmed')
    })
  })
}
