import type { Payload, TypedUser } from 'payload'

import { createLocalReq } from 'payload'

import type { ReleaseEvent, User } from '../../src/payload-types'

import { renderReleaseHtml } from '../../src/generator/handlebars'
import { releaseText } from '../../src/generator/text'
import { loadReleasePage } from '../../src/newsroom/releasePage'
import { recordReleaseEvent } from '../../src/record/events'
import { REGISTER_PAGE_SIZE, registerPage } from '../../src/record/register'
import { registerFeed } from '../../src/record/registerFeed'
import { bootPayload, type TestDatabase, type TestPayload } from '../helpers/payload'
import { makeRelease, makeUser, setupOffice, withoutSecondPairOfEyes } from '../helpers/content'

/**
 * The record (metryka) and the register of changes through the Local API: what an event keeps,
 * that nobody rewrites one, and what the register and the record show of which releases.
 */
export const releaseRecordSuite = (db: TestDatabase) => {
  let t: TestPayload
  let payload: Payload
  let editor: TypedUser

  const asUser = (user: User): TypedUser => ({ ...user, collection: 'users' }) as TypedUser

  beforeAll(async () => {
    t = await bootPayload('release-record', db)
    payload = t.payload
    await setupOffice(payload)
    await withoutSecondPairOfEyes(payload)
    editor = asUser(await makeUser(payload, 'editor', { name: 'Ewa Redaktor' }))
    const spokeswoman = await payload.create({
      collection: 'press-contacts',
      data: {
        name: 'Monika Rzecka',
        role: 'Rzeczniczka Prezydenta',
        email: 'rzecznik@krakow.test',
      },
      overrideAccess: true,
    })
    await payload.updateGlobal({
      slug: 'press-office',
      data: { defaultContact: spokeswoman.id },
      overrideAccess: true,
    })
    spokeswomanId = spokeswoman.id
  })
  let spokeswomanId: number
  afterAll(async () => t?.destroy())

  it('records an event with its note in every language, at the request clock, by display name', async () => {
    const release = await makeRelease(payload)
    const now = new Date('2026-12-01T09:30:00.000Z')
    const req = await createLocalReq({ user: editor, context: { now } }, payload)
    await recordReleaseEvent(req, {
      release: release.id,
      kind: 'correction',
      note: { pl: 'Poprawiono liczbę: 3 214.', en: 'Corrected the number: 3,214.', uk: ' ' },
    })
    const [event] = (
      await payload.find({
        collection: 'release-events',
        where: { and: [{ release: { equals: release.id } }, { kind: { equals: 'correction' } }] },
        locale: 'all',
        depth: 0,
        overrideAccess: true,
      })
    ).docs as unknown as (Omit<ReleaseEvent, 'note'> & { note: Record<string, string> })[]
    expect(event).toMatchObject({
      at: now.toISOString(),
      kind: 'correction',
      release: release.id,
      actorId: String(editor.id),
      actorName: 'Ewa Redaktor',
      note: { pl: 'Poprawiono liczbę: 3 214.', en: 'Corrected the number: 3,214.' },
    })
    expect(event.note.uk).toBeUndefined()
  })

  it('refuses to change or delete an event, even with access checks off', async () => {
    const release = await makeRelease(payload)
    const req = await createLocalReq({ user: editor }, payload)
    await recordReleaseEvent(req, { release: release.id, kind: 'minor' })
    const where = { release: { equals: release.id } }
    const { docs } = await payload.find({
      collection: 'release-events',
      where,
      overrideAccess: true,
    })
    const id = docs[0].id
    await expect(
      payload.update({
        collection: 'release-events',
        id,
        data: { kind: 'update' },
        overrideAccess: true,
      }),
    ).rejects.toThrow(/rejestrze zmian|register of changes/)
    await expect(
      payload.delete({ collection: 'release-events', id, overrideAccess: true }),
    ).rejects.toThrow(/rejestrze zmian|register of changes/)
    await expect(
      payload.create({
        collection: 'release-events',
        data: { at: new Date().toISOString(), kind: 'minor', release: release.id },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })

  const minutes = (n: number) => n * 60_000
  const at = (iso: string, plusMinutes = 0) => new Date(Date.parse(iso) + minutes(plusMinutes))

  /** A release the editor publishes at `now` (the request's clock), as the admin would. */
  const publishAs = (now: Date, data: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'press-releases',
      locale: 'pl',
      data: {
        headline: `Remont mostu Dębnickiego ${Math.random().toString(36).slice(2, 6)}`,
        place: 'Kraków',
        date: now.toISOString(),
        lead: 'Od poniedziałku tramwaje pojadą objazdem.',
        releaseType: data.embargoUntil ? 'embargoed' : 'immediate',
        _status: 'published',
        ...data,
      },
      user: editor,
      overrideAccess: false,
      context: { now },
    })

  const eventAt = async (
    release: number,
    kind: 'update' | 'correction' | 'minor',
    when: Date,
    note?: Record<string, string>,
  ) =>
    recordReleaseEvent(await createLocalReq({ user: editor, context: { now: when } }, payload), {
      release,
      kind,
      note,
    })

  const registerHas = async (headline: string, now: Date) =>
    (await registerPage(payload, 'pl', 1, now)).entries.some((e) => e.headline === headline)

  it('a first publication records who published, the signatory by default and a publication entry', async () => {
    const now = new Date()
    const release = await publishAs(now)
    expect(release.firstPublishedBy).toBe('Ewa Redaktor')
    expect(release.responsiblePerson).toMatchObject({ id: spokeswomanId })
    const { docs } = await payload.find({
      collection: 'release-events',
      where: { release: { equals: release.id } },
      overrideAccess: true,
    })
    expect(docs.map((e) => [e.kind, e.at, e.actorName])).toEqual([
      ['published', now.toISOString(), 'Ewa Redaktor'],
    ])
    // A later save does not publish it a second time.
    await payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { lead: 'Zmieniony lead.', changeKind: 'minor' },
      user: editor,
      overrideAccess: false,
    })
    const again = await payload.count({
      collection: 'release-events',
      where: { release: { equals: release.id }, kind: { equals: 'published' } },
      overrideAccess: true,
    })
    expect(again.totalDocs).toBe(1)
  })

  it('the page shows the record: body, signatory, publisher, created, published, last major change, in the office zone', async () => {
    const published = new Date('2026-06-01T08:00:00.000Z')
    const release = await publishAs(published)
    await eventAt(release.id, 'correction', at(published.toISOString(), 90), {
      pl: 'Poprawiono godzinę objazdu.',
    })
    await eventAt(release.id, 'minor', at(published.toISOString(), 120))
    const page = await loadReleasePage(
      payload,
      release.slug as string,
      'pl',
      at(published.toISOString(), 180),
    )
    const rows = Object.fromEntries(page!.view.record.rows.map((r) => [r.label, r.value]))
    expect(rows).toMatchObject({
      'Podmiot udostępniający': 'Biuro Prasowe Urzędu Miasta Krakowa, Kraków',
      'Odpowiada za treść': 'Monika Rzecka, Rzeczniczka Prezydenta',
      'Udostępnił(a)': 'Ewa Redaktor',
      // Europe/Warsaw in summer: UTC+2. The minor change does not move "last modified".
      Opublikowano: '1 czerwca 2026 r., 10:00',
      'Ostatnia zmiana': '1 czerwca 2026 r., 11:30',
    })
    expect(rows.Utworzono).toMatch(/r\., \d\d:\d\d$/)
    const en = await loadReleasePage(
      payload,
      release.slug as string,
      'en',
      at(published.toISOString(), 180),
    )
    // No English version: shown in Polish, with its record in Polish.
    expect(en!.view.record.title).toBe('Metryka')
  })

  it('the register lists public events newest first, minor changes without text, notes in the asked language', async () => {
    const published = new Date('2026-06-02T08:00:00.000Z')
    const release = await publishAs(published)
    await eventAt(release.id, 'minor', at(published.toISOString(), 10), { pl: 'literówka' })
    await eventAt(release.id, 'update', at(published.toISOString(), 20), {
      pl: 'Dodano objazd linii 18.',
      en: 'Added the diversion of line 18.',
    })
    const now = at(published.toISOString(), 30)
    const ours = (await registerPage(payload, 'en', 1, now)).entries.filter(
      (e) => e.slug === release.slug,
    )
    expect(ours.map((e) => [e.kind, e.at, e.note, e.headlineLocale])).toEqual([
      [
        'update',
        at(published.toISOString(), 20).toISOString(),
        'Added the diversion of line 18.',
        'pl',
      ],
      ['minor', at(published.toISOString(), 10).toISOString(), null, 'pl'],
      ['published', published.toISOString(), null, 'pl'],
    ])
    // Nothing dated after the clock: asked earlier, the update is not there yet.
    const before = (await registerPage(payload, 'pl', 1, at(published.toISOString(), 15))).entries
    expect(before.filter((e) => e.slug === release.slug).map((e) => e.kind)).toEqual([
      'minor',
      'published',
    ])
  })

  it('an embargoed release is in no register, record or changes.xml before its embargo lifts, and then dated at the lift', async () => {
    // In the past of the real clock, so the anonymous reads' own clock agrees after the lift.
    const now = new Date('2026-06-05T08:00:00.000Z')
    const lift = new Date(now.getTime() + minutes(120))
    const headline = `Nowy park na Zabłociu ${Math.random().toString(36).slice(2, 6)}`
    const release = await publishAs(now, { headline, embargoUntil: lift.toISOString() })
    const before = new Date(now.getTime() + minutes(60))
    // A change made under embargo is dated before the lift: the rule, not the date, hides it.
    await eventAt(release.id, 'update', new Date(now.getTime() + minutes(30)), {
      pl: 'Nota spod embarga',
    })
    expect(await registerHas(headline, before)).toBe(false)
    expect(await registerFeed(payload, 'pl', before)).not.toContain('Nota spod embarga')
    expect(await loadReleasePage(payload, release.slug as string, 'pl', before)).toBeNull()
    expect(await registerFeed(payload, 'pl', before)).not.toContain(headline)
    const after = new Date(lift.getTime() + minutes(1))
    const entry = (await registerPage(payload, 'pl', 1, after)).entries.find(
      (e) => e.headline === headline,
    )
    expect(entry).toMatchObject({ kind: 'published', at: lift.toISOString() })
    expect(await registerFeed(payload, 'pl', after)).toContain(headline)
    const page = await loadReleasePage(payload, release.slug as string, 'pl', after)
    expect(page!.view.record.rows.find((r) => r.label === 'Opublikowano')?.dateTime).toBe(
      lift.toISOString(),
    )
  })

  it('a draft, never published, and a release taken back to a draft show nothing in the register or changes.xml', async () => {
    const now = new Date()
    const draftHeadline = `Szkic o budżecie ${Math.random().toString(36).slice(2, 6)}`
    const draft = await makeRelease(payload, { headline: draftHeadline, _status: 'draft' })
    await eventAt(draft.id, 'update', now, { pl: 'Nota szkicu' })
    const backHeadline = `Cofnięta informacja ${Math.random().toString(36).slice(2, 6)}`
    const back = await publishAs(now, { headline: backHeadline })
    // No person may take a public release back to a draft any more (the withdrawal is the way;
    // the access matrix has the refusal): a script with access checks off still can.
    await payload.update({
      collection: 'press-releases',
      id: back.id,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    const later = new Date(now.getTime() + minutes(5))
    expect(await registerHas(draftHeadline, later)).toBe(false)
    expect(await registerHas(backHeadline, later)).toBe(false)
    const feed = await registerFeed(payload, 'pl', later)
    expect(feed).not.toContain(draftHeadline)
    expect(feed).not.toContain('Nota szkicu')
    expect(feed).not.toContain(backHeadline)
    expect(await loadReleasePage(payload, draft.slug as string, 'pl', later)).toBeNull()
  })

  it('hostile text in a note stays text in changes.xml and the documents', async () => {
    const published = new Date('2026-06-03T08:00:00.000Z')
    const release = await publishAs(published)
    const hostile = '<script>alert(1)</script> & <img src=x onerror=alert(2)> ]]> \u0001'
    await eventAt(release.id, 'correction', at(published.toISOString(), 5), { pl: hostile })
    const feed = await registerFeed(payload, 'pl', at(published.toISOString(), 10))
    expect(feed).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(2)&gt; ]]&gt;',
    )
    expect(feed).not.toContain('<script>')
    expect(feed).not.toContain('\u0001')
    // The document's record: a hostile signatory's name is escaped by the template.
    const page = await loadReleasePage(
      payload,
      release.slug as string,
      'pl',
      at(published.toISOString(), 10),
    )
    const view = {
      ...page!.view,
      record: {
        ...page!.view.record,
        rows: [{ label: 'Odpowiada za treść', value: hostile, dateTime: null }],
      },
    }
    const html = renderReleaseHtml(view)
    expect(html).not.toContain('<script>alert(1)')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('pages the register 50 at a time, newest first', async () => {
    const start = new Date('2026-05-01T08:00:00.000Z')
    const release = await publishAs(start)
    for (let i = 1; i <= REGISTER_PAGE_SIZE + 5; i++)
      await eventAt(release.id, 'minor', at(start.toISOString(), i))
    const now = at(start.toISOString(), 100)
    const first = await registerPage(payload, 'pl', 1, now)
    const second = await registerPage(payload, 'pl', 2, now)
    expect(first.entries).toHaveLength(REGISTER_PAGE_SIZE)
    expect(first.totalDocs).toBeGreaterThanOrEqual(REGISTER_PAGE_SIZE + 6)
    const times = [...first.entries, ...second.entries].map((e) => Date.parse(e.at))
    expect(times).toEqual([...times].sort((a, b) => b - a))
    const all = [...first.entries, ...second.entries].map((e) => String(e.id))
    expect(new Set(all).size).toBe(all.length)
  })

  it('documents carry the record unless the office turns it off; the page keeps it', async () => {
    const published = new Date('2026-06-04T08:00:00.000Z')
    const release = await publishAs(published)
    const page = await loadReleasePage(
      payload,
      release.slug as string,
      'pl',
      at(published.toISOString(), 1),
    )
    expect(releaseText(page!.view)).toMatch(
      /Metryka:\nPodmiot udostępniający: .*\nOdpowiada za treść: Monika Rzecka/,
    )
    expect(renderReleaseHtml(page!.view)).toContain('class="record"')
    await payload.updateGlobal({
      slug: 'press-office',
      data: { recordInDocuments: false },
      overrideAccess: true,
    })
    try {
      const off = await loadReleasePage(
        payload,
        release.slug as string,
        'pl',
        at(published.toISOString(), 2),
      )
      expect(off!.view.record.inDocuments).toBe(false)
      expect(releaseText(off!.view)).not.toContain('Metryka')
      expect(renderReleaseHtml(off!.view)).not.toContain('class="record"')
      // The page still has it.
      expect(off!.view.record.rows.length).toBeGreaterThan(3)
    } finally {
      await payload.updateGlobal({
        slug: 'press-office',
        data: { recordInDocuments: true },
        overrideAccess: true,
      })
    }
  })
}
