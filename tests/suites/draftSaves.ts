import type { Payload } from 'payload'

import {
  storedForAnonymous,
  exportForAnonymous,
} from '../../src/collections/shared/anonymousExport'
import { publicCached } from '../../src/newsroom/publicCache'
import { currentGeneration } from '../../src/render/generation'
import { makeQuote, makeRelease, setupOffice } from '../helpers/content'
import { bootPayload, type TestDatabase, type TestPayload } from '../helpers/payload'

/**
 * Which saves make stored public documents and newsroom answers stale: a save that changes only a
 * draft (never published) keeps them served; publishing, unpublishing, editing a published
 * release, deleting, and editing what public documents cite make the next reader miss.
 */
export const draftSavesSuite = (db: TestDatabase) => {
  let t: TestPayload
  let payload: Payload

  beforeAll(async () => {
    t = await bootPayload('draft-saves', db)
    payload = t.payload
    await setupOffice(payload)
  })
  afterAll(async () => t?.destroy())

  const request = () => ({ headers: new Headers() })
  const save = (id: number, data: object, draft: boolean) =>
    payload.update({
      collection: 'press-releases',
      id,
      data,
      draft,
      locale: 'pl',
      overrideAccess: true,
    })

  /** A stored public document and a newsroom answer, both remembered at the current generation. */
  const remembered = async () => {
    const shown = await makeRelease(payload, { headline: 'Nowa linia tramwajowa na Azory' })
    const ref = String(shown.id)
    expect((await exportForAnonymous(payload, request(), ref, 'pl', 'txt')).status).toBe(200)
    let computed = 0
    const page = () =>
      publicCached(payload, `draft-saves|${ref}`, new Date(), async () => ++computed)
    await page()
    return {
      /** Whether the next anonymous reader is served the stored document and the kept page. */
      served: async () => {
        const before = computed
        const stored = await storedForAnonymous(payload, request(), 'release', ref, 'pl', 'txt')
        await page()
        return { document: stored?.status === 200, page: computed === before }
      },
    }
  }

  it('keeps the stored document and the newsroom page served across draft saves and autosaves', async () => {
    const published = await makeRelease(payload, { headline: 'Opublikowany: nowe ławki' })
    const { served } = await remembered()
    const generation = await currentGeneration(payload)
    const draft = await makeRelease(payload, {
      headline: 'Projekt: remont Rynku',
      _status: 'draft',
    })
    await save(draft.id, { lead: 'Pierwsza wersja leadu.' }, true)
    await payload.update({
      collection: 'press-releases',
      id: draft.id,
      data: { lead: 'Autozapis leadu.' },
      draft: true,
      autosave: true,
      locale: 'pl',
      overrideAccess: true,
    })
    await save(draft.id, { headline: 'Projekt: remont Rynku Głównego', _status: 'draft' }, false)
    // A published release's next version, saved as a draft: readers still get the published one.
    await save(published.id, { lead: 'Szkic poprawki leadu.' }, true)
    expect(await currentGeneration(payload)).toBe(generation)
    expect(await served()).toEqual({ document: true, page: true })
    const anonymous = await payload.findByID({
      collection: 'press-releases',
      id: published.id,
      overrideAccess: false,
    })
    expect(anonymous.lead).not.toBe('Szkic poprawki leadu.')
  })

  const misses: [string, (id: number) => Promise<unknown>][] = [
    [
      'publishing a draft',
      async () => {
        const draft = await makeRelease(payload, {
          headline: 'Projekt do publikacji',
          _status: 'draft',
        })
        await save(draft.id, { _status: 'published' }, false)
      },
    ],
    ['editing a published release', (id) => save(id, { lead: 'Poprawiony lead.' }, false)],
    ['unpublishing', (id) => save(id, { _status: 'draft' }, false)],
    [
      'deleting a release',
      (id) => payload.delete({ collection: 'press-releases', id, overrideAccess: true }),
    ],
    [
      'editing a quote',
      async () => {
        const quote = await makeQuote(payload, {
          text: 'Tramwaj pojedzie w maju.',
          speaker: 'Jan Kowalski',
        })
        await payload.update({
          collection: 'quotes',
          id: quote.id,
          data: { text: 'Tramwaj pojedzie w czerwcu.' },
          locale: 'pl',
          overrideAccess: true,
        })
      },
    ],
    [
      'editing the office settings',
      () =>
        payload.updateGlobal({
          slug: 'press-office',
          locale: 'pl',
          data: { officeName: 'Biuro Prasowe UMK' },
          overrideAccess: true,
        }),
    ],
  ]

  it.each(misses)('sends the next reader the full way after %s', async (_what, change) => {
    const published = await makeRelease(payload, { headline: 'Opublikowany komunikat' })
    const { served } = await remembered()
    expect(await served()).toEqual({ document: true, page: true })
    await change(published.id)
    expect(await served()).toEqual({ document: false, page: false })
  })

  it('sends the next reader the full way when a release is unpublished after draft saves', async () => {
    const published = await makeRelease(payload, { headline: 'Do wycofania' })
    const { served } = await remembered()
    await save(published.id, { lead: 'Szkic przed wycofaniem.' }, true)
    await save(published.id, { lead: 'Drugi szkic przed wycofaniem.' }, true)
    expect(await served()).toEqual({ document: true, page: true })
    await save(published.id, { _status: 'draft' }, false)
    expect(await served()).toEqual({ document: false, page: false })
    const readable = await payload.find({
      collection: 'press-releases',
      where: { id: { equals: published.id } },
      overrideAccess: false,
    })
    expect(readable.docs).toHaveLength(0)
  })
}
