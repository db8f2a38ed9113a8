import type { Payload } from 'payload'

import { enUS, pl } from 'date-fns/locale'

import type { User } from '../src/payload-types'
import { formatMoment, parseMoment } from '../src/lib/moments'
import { scheduleTimeRefusal } from '../src/lib/scheduleTime'
import { makeRelease, makeUser, withoutSecondPairOfEyes } from './helpers/content'
import { bootPayload, type TestPayload } from './helpers/payload'

/**
 * Moments a press officer types or sets: read strictly on the office's clock, and refused by the
 * server when an embargo end or a scheduled publication set in a save lies in the past (at the
 * injected `now`).
 */
describe('reading a typed moment', () => {
  it('reads "7 gru 2026, 17:35" and "7 Dec 2026, 17:35" as 17:35 in Warsaw', () => {
    expect(parseMoment('7 gru 2026, 17:35', pl, 'Europe/Warsaw')?.toISOString()).toBe(
      '2026-12-07T16:35:00.000Z',
    )
    expect(parseMoment(' 7 Dec 2026,  17:35 ', enUS, 'Europe/Warsaw')?.toISOString()).toBe(
      '2026-12-07T16:35:00.000Z',
    )
    expect(parseMoment('7 maj 2026, 09:05', pl, 'Europe/Warsaw')?.toISOString()).toBe(
      '2026-05-07T07:05:00.000Z',
    )
  })

  it('reads the forms a Polish office types by hand, each day first, on the office clock', () => {
    const at = '2026-12-15T09:00:00.000Z'
    for (const text of [
      '15.12.2026 10:00',
      '15.12.2026, 10:00',
      '15.12.2026 10.00',
      '15 grudnia 2026, 10:00',
      '15 grudnia 2026 10:00',
      '15 gru 2026 10:00',
      '2026-12-15 10:00',
      '15.12.2026 10:00 ',
    ]) {
      expect([text, parseMoment(text, pl, 'Europe/Warsaw')?.toISOString()]).toEqual([text, at])
    }
    expect(parseMoment('5.01.2027 09:05', pl, 'Europe/Warsaw')?.toISOString()).toBe(
      '2027-01-05T08:05:00.000Z',
    )
  })

  it('reads nothing from text in another form or half typed, instead of guessing a date', () => {
    for (const text of [
      'gru 7, 2026 5:35 AM',
      '7',
      '7 gru',
      '7 gru 2026',
      '7 gru 2026, 5:35 PM',
      '31 lut 2026, 10:00',
      '15.12.2026',
      '15.12.26 10:00',
      '12/15/2026 10:00',
      '15.13.2026 10:00',
      '31.02.2026 10:00',
      '15.12.2026 25:00',
    ]) {
      expect([text, parseMoment(text, pl, 'Europe/Warsaw')]).toEqual([text, null])
    }
  })

  it('writes a moment as the admin does elsewhere (formatWhen)', () => {
    expect(formatMoment('2026-12-07T16:35:00.000Z', pl, 'Europe/Warsaw')).toBe('7 gru 2026, 17:35')
    expect(formatMoment('2026-12-07T16:35:00.000Z', enUS, 'Europe/Warsaw')).toBe(
      '7 Dec 2026, 17:35',
    )
  })
})

describe('embargo and schedule times on the server', () => {
  let t: TestPayload
  let payload: Payload
  let editor: User
  const now = new Date('2030-03-01T10:00:00.000Z')
  const as = (at: Date) => ({ user: editor, overrideAccess: false, context: { now: at } })

  beforeAll(async () => {
    t = await bootPayload('moments')
    payload = t.payload
    editor = await makeUser(payload, 'editor')
    await withoutSecondPairOfEyes(payload)
  })
  afterAll(async () => t?.destroy())

  it('refuses an editor an embargo end before now, naming the field, and saves nothing', async () => {
    const release = await makeRelease(payload, {
      _status: 'draft',
      embargoUntil: '2030-03-03T09:00:00.000Z',
    })
    const refusal = await payload
      .update({
        collection: 'press-releases',
        id: release.id,
        draft: true,
        data: { embargoUntil: '2030-03-01T09:55:00.000Z' },
        ...as(now),
      })
      .then(
        () => null,
        (error: Error & { data?: unknown }) => ({ message: error.message, data: error.data }),
      )
    expect(refusal).toEqual({
      message: 'To pole jest nieprawidłowe: Embargo do',
      data: {
        collection: 'press-releases',
        errors: [
          expect.objectContaining({
            path: 'embargoUntil',
            message: expect.stringMatching(/^Koniec embarga \(1 mar 2030, 10:55\) już minął/),
          }),
        ],
      },
    })
    const kept = await payload.findByID({
      collection: 'press-releases',
      id: release.id,
      draft: true,
      ...as(now),
    })
    expect(kept.embargoUntil).toBe('2030-03-03T09:00:00.000Z')
  })

  it('takes an embargo end after now', async () => {
    const release = await makeRelease(payload, {
      _status: 'draft',
      embargoUntil: '2030-03-03T09:00:00.000Z',
    })
    const saved = await payload.update({
      collection: 'press-releases',
      id: release.id,
      draft: true,
      data: { embargoUntil: '2030-03-01T10:05:00.000Z' },
      ...as(now),
    })
    expect(saved.embargoUntil).toBe('2030-03-01T10:05:00.000Z')
  })

  it('keeps publishing a release whose embargo lifted long ago, left as it was', async () => {
    const release = await payload.create({
      collection: 'press-releases',
      draft: true,
      data: {
        headline: 'Basen na Clepardii otwarty',
        place: 'Kraków',
        date: '2030-01-01T10:00:00.000Z',
        releaseType: 'embargoed',
        embargoUntil: '2030-01-02T08:00:00.000Z',
        _status: 'draft',
      },
      ...as(new Date('2030-01-01T10:00:00.000Z')),
    })
    const published = await payload.update({
      collection: 'press-releases',
      id: release.id,
      data: {
        headline: 'Basen na Clepardii otwarty (aktualizacja)',
        embargoUntil: release.embargoUntil,
        _status: 'published',
      },
      ...as(new Date('2031-01-01T10:00:00.000Z')),
    })
    expect(published.embargoUntil).toBe('2030-01-02T08:00:00.000Z')
  })

  it('restores a version whose embargo has lifted since, as a scheduled publication does', async () => {
    const t0 = new Date('2030-01-01T10:00:00.000Z')
    const release = await payload.create({
      collection: 'press-releases',
      draft: true,
      data: {
        headline: 'Nowe tramwaje na Kurdwanowie',
        place: 'Kraków',
        date: '2030-01-01T10:00:00.000Z',
        releaseType: 'embargoed',
        embargoUntil: '2030-01-02T08:00:00.000Z',
        _status: 'draft',
      },
      ...as(t0),
    })
    const { docs } = await payload.findVersions({
      collection: 'press-releases',
      where: { parent: { equals: release.id } },
      ...as(t0),
    })
    await payload.update({
      collection: 'press-releases',
      id: release.id,
      draft: true,
      data: { embargoUntil: '2030-01-05T08:00:00.000Z' },
      ...as(t0),
    })
    const restored = await payload.restoreVersion({
      collection: 'press-releases',
      id: String(docs[0]!.id),
      ...as(new Date('2030-01-03T10:00:00.000Z')),
    })
    expect(restored.embargoUntil).toBe('2030-01-02T08:00:00.000Z')
  })

  it('refuses a scheduled publication before now, in the admin language, and takes one after', async () => {
    expect(
      await scheduleTimeRefusal(payload, 'pl', new Date('2030-03-01T09:00:00.000Z'), now),
    ).toBe(
      'Termin publikacji (1 mar 2030, 10:00) już minął. Wybierz przyszły termin albo opublikuj od razu.',
    )
    expect(await scheduleTimeRefusal(payload, 'en', '2030-03-01T09:00:00.000Z', now)).toMatch(
      /^The publication time \(1 Mar 2030, 10:00\) has already passed/,
    )
    expect(
      await scheduleTimeRefusal(payload, 'pl', new Date('2030-03-01T10:05:00.000Z'), now),
    ).toBeNull()
  })
})
