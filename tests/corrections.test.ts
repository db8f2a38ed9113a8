import type { Payload } from 'payload'

import type { PressRelease, User } from '../src/payload-types'
import { loadForExport, renderLoadedRelease } from '../src/generator/release'
import type { BrowserPool } from '../src/generator/browser'
import {
  makeRelease,
  publishInTwoLanguages,
  makeUser,
  withoutSecondPairOfEyes,
} from './helpers/content'
import { bootPayload, type TestPayload } from './helpers/payload'

/**
 * Changes to a published release through the Local API as an editor (access on): the kind of
 * change and its note are required, recorded once and never reused; minor changes keep the dates.
 */
let t: TestPayload
let payload: Payload
let editor: User

// HTML and TXT need no browser.
const noBrowser = {} as BrowserPool

const publishedInTwoLanguages = () =>
  publishInTwoLanguages(
    payload,
    { lead: '3 241 dzieci przyjętych do żłobków.' },
    { headline: 'Nurseries take 3,241 children', lead: '3,241 children admitted.' },
  )

const saveAs = (id: number, data: Record<string, unknown>, locale = 'pl', draft = false) =>
  payload.update({
    collection: 'press-releases',
    id,
    locale: locale as 'pl',
    draft,
    user: editor,
    overrideAccess: false,
    data: draft ? data : { ...data, _status: 'published' },
  })

const fieldErrorOf = async (save: Promise<unknown>) => {
  try {
    await save
  } catch (error) {
    const e = error as {
      status?: number
      message: string
      data?: { errors?: { path: string; message: string }[] }
    }
    return { status: e.status, title: e.message, ...e.data?.errors?.[0] }
  }
  throw new Error('the save was not refused')
}

const stored = (id: number) =>
  payload.findByID({
    collection: 'press-releases',
    id,
    locale: 'all' as 'pl',
    overrideAccess: true,
  }) as unknown as Promise<Record<string, unknown> & { [K in keyof PressRelease]?: unknown }>

/** The release's change events (publication aside), oldest first, notes in every language. */
const eventsOf = async (id: number) => {
  const { docs } = await payload.find({
    collection: 'release-events',
    where: { and: [{ release: { equals: id } }, { kind: { not_equals: 'published' } }] },
    sort: 'at',
    locale: 'all' as 'pl',
    overrideAccess: true,
  })
  return docs as unknown as { kind: string; note?: Record<string, string | null> | null }[]
}

beforeAll(async () => {
  t = await bootPayload('corrections')
  payload = t.payload
  await withoutSecondPairOfEyes(payload)
  editor = await makeUser(payload, 'editor')
}, 120_000)

afterAll(async () => t?.destroy())

describe('a change to the content of a published release', () => {
  it('without a kind of change: 400 naming changeKind, nothing saved', async () => {
    const release = await publishedInTwoLanguages()
    const refusal = await fieldErrorOf(saveAs(release.id, { lead: '3 214 dzieci.' }))
    expect(refusal).toMatchObject({ status: 400, path: 'changeKind' })
    expect(refusal.message).toMatch(/Rodzaj zmiany/)
    // The admin's toast names the field by its label, not its path.
    expect(refusal.title).toBe('To pole jest nieprawidłowe: Rodzaj zmiany')
    const after = await stored(release.id)
    expect((after.lead as Record<string, string>).pl).toBe('3 241 dzieci przyjętych do żłobków.')
  })

  it('a correction without a note in every published language: 400 naming changeNote and the language', async () => {
    const release = await publishedInTwoLanguages()
    const none = await fieldErrorOf(
      saveAs(release.id, { lead: '3 214 dzieci.', changeKind: 'correction' }),
    )
    expect(none).toMatchObject({ status: 400, path: 'changeNote' })
    expect(none.message).toContain('Polski, English')
    const onlyPolish = await fieldErrorOf(
      saveAs(release.id, {
        lead: '3 214 dzieci.',
        changeKind: 'correction',
        changeNote: 'Poprawiono liczbę dzieci: 3 214, nie 3 241.',
      }),
    )
    expect(onlyPolish.path).toBe('changeNote')
    expect(onlyPolish.message).toContain('English')
    expect(onlyPolish.message).not.toContain('Polski')
    const after = await stored(release.id)
    expect(after.lastMajorChangeAt ?? null).toBeNull()
    expect(after.changeNotes ?? null).toBeNull()
  })

  it('a correction with its notes (English saved in a draft first) is recorded once, then emptied', async () => {
    const release = await publishedInTwoLanguages()
    await saveAs(
      release.id,
      { changeNote: 'Corrected the number of children: 3,214, not 3,241.' },
      'en',
      true,
    )
    await saveAs(release.id, {
      lead: '3 214 dzieci przyjętych do żłobków.',
      changeKind: 'correction',
      changeNote: 'Poprawiono liczbę dzieci: 3 214, nie 3 241.',
    })
    const after = await stored(release.id)
    expect((after.lead as Record<string, string>).pl).toBe('3 214 dzieci przyjętych do żłobków.')
    expect(after.lastMajorChangeAt).toBeTruthy()
    expect(after.firstPublishedAt).toBe(release.firstPublishedAt)
    expect(after.changeNotes).toEqual([
      {
        kind: 'correction',
        at: after.lastMajorChangeAt,
        note: {
          pl: 'Poprawiono liczbę dzieci: 3 214, nie 3 241.',
          en: 'Corrected the number of children: 3,214, not 3,241.',
        },
      },
    ])
    // Consumed: the form shows them empty, and they never count for the next change.
    expect(after.changeKind ?? null).toBeNull()
    expect(
      Object.values((after.changeNote as Record<string, unknown>) ?? {}).filter(Boolean),
    ).toEqual([])
    const newest = (await payload.findByID({
      collection: 'press-releases',
      id: release.id,
      draft: true,
      locale: 'all' as 'pl',
      overrideAccess: true,
    })) as unknown as Record<string, unknown>
    expect(newest.changeKind ?? null).toBeNull()
    const events = await eventsOf(release.id)
    expect(events.map((e) => [e.kind, e.note])).toEqual([
      [
        'correction',
        {
          pl: 'Poprawiono liczbę dzieci: 3 214, nie 3 241.',
          en: 'Corrected the number of children: 3,214, not 3,241.',
        },
      ],
    ])
    const stale = await fieldErrorOf(saveAs(release.id, { lead: 'Jeszcze inna liczba.' }))
    expect(stale.path).toBe('changeKind')
  })

  it('a minor change needs no note and keeps the dates', async () => {
    const release = await publishedInTwoLanguages()
    await saveAs(release.id, { lead: '3 241 dzieci przyjętych do żłobków!', changeKind: 'minor' })
    const after = await stored(release.id)
    expect((after.lead as Record<string, string>).pl).toBe('3 241 dzieci przyjętych do żłobków!')
    expect(after.firstPublishedAt).toBe(release.firstPublishedAt)
    expect(after.lastMajorChangeAt ?? null).toBeNull()
    expect(after.changeNotes ?? null).toBeNull()
    expect(after.changeKind ?? null).toBeNull()
    const events = await eventsOf(release.id)
    expect(events.map((e) => e.kind)).toEqual(['minor'])
    expect(Object.values(events[0].note ?? {}).filter(Boolean)).toEqual([])
  })

  it('a save that changes no content (topics) needs no kind', async () => {
    const release = await publishedInTwoLanguages()
    await saveAs(release.id, { topics: ['edukacja'] })
    expect((await stored(release.id)).topics).toEqual(['edukacja'])
  })

  it('a hostile note is shown as text in the HTML and the TXT, with the dates, newest first', async () => {
    const release = await publishedInTwoLanguages()
    await saveAs(release.id, { changeNote: 'Updated.' }, 'en', true)
    await saveAs(release.id, {
      lead: 'Pierwsza zmiana.',
      changeKind: 'update',
      changeNote: 'Pierwsza notka.',
    })
    await saveAs(release.id, { changeNote: '<b>Fixed</b>' }, 'en', true)
    await saveAs(release.id, {
      lead: 'Druga zmiana.',
      changeKind: 'correction',
      changeNote: '<script>alert(1)</script><img src=x onerror=alert(2)>',
    })
    const loaded = await loadForExport(payload, release.id, { locale: 'pl' })
    const html = (await renderLoadedRelease(loaded, 'html', noBrowser)).data.toString()
    expect(html).not.toContain('<script>alert(1)')
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('Ostatnia aktualizacja')
    const notes = html.slice(html.indexOf('change-notes'))
    expect(notes.indexOf('Sprostowanie')).toBeLessThan(notes.indexOf('Aktualizacja</strong>'))
    const txt = (await renderLoadedRelease(loaded, 'txt', noBrowser)).data.toString()
    expect(txt).toContain('Opublikowano:')
    expect(txt).toMatch(/Sprostowanie: <script>alert\(1\)<\/script>/)
    const en = await loadForExport(payload, release.id, { locale: 'en' })
    const enTxt = (await renderLoadedRelease(en, 'txt', noBrowser)).data.toString()
    expect(enTxt).toContain('Correction: <b>Fixed</b>')
    expect(enTxt).toContain('Last updated:')
  })
})
