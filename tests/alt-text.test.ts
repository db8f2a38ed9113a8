import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-sqlite'
import { createLocalReq, getLocalI18n } from 'payload'
import sharp from 'sharp'

import type { User } from '../src/payload-types'

import { distributeRelease } from '../src/distribution/distribute'
import { makeJournalist, makeMailingList, makeRelease, makeUser } from './helpers/content'
import { bootPayload, type TestPayload } from './helpers/payload'

let t: TestPayload
let payload: Payload
let editor: User
const as = (user: User) => ({ user, overrideAccess: false as const })

const photo = async (name: string, alts: Partial<Record<'pl' | 'en' | 'uk', string>>) => {
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#2a5f3c' } })
    .png()
    .toBuffer()
  const media = await payload.create({
    collection: 'media',
    locale: 'pl',
    data: { alt: alts.pl ?? 'Zdjęcie' },
    file: { data: png, mimetype: 'image/png', name, size: png.length },
    overrideAccess: true,
  })
  for (const locale of ['en', 'uk'] as const)
    if (alts[locale])
      await payload.update({
        collection: 'media',
        id: media.id,
        locale,
        data: { alt: alts[locale] },
        overrideAccess: true,
      })
  return media
}

/** A draft in Polish and English showing `media`. */
const draftInTwoLanguages = async (media: number[]) => {
  const release = await makeRelease(payload, { _status: 'draft', media })
  await payload.update({
    collection: 'press-releases',
    id: release.id,
    locale: 'en',
    draft: true,
    data: { headline: 'New stops in Kazimierz', lead: 'Two new stops.' },
    overrideAccess: true,
  })
  return release
}

beforeAll(async () => {
  t = await bootPayload('alt-text')
  payload = t.payload
  editor = await makeUser(payload, 'editor')
})
afterAll(() => t?.destroy())

describe('alt text before publication', () => {
  it('refuses to publish a release showing an image with no alt text in one of its languages, naming the image and the language', async () => {
    const image = await photo('przystanek-starowislna.png', {
      pl: 'Tramwaj na przystanku Starowiślna',
    })
    const release = await draftInTwoLanguages([image.id])
    const attempt = payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { _status: 'published' },
      ...as(editor),
    })
    await expect(attempt).rejects.toMatchObject({
      status: 400,
      data: {
        errors: [
          {
            path: 'media',
            message:
              'Nie można opublikować: zdjęcie „przystanek-starowislna.png” nie ma tekstu alternatywnego w wersji angielskiej. Uzupełnij go w pliku (Media).',
          },
        ],
      },
    })
    const stored = await payload.findByID({
      collection: 'press-releases',
      id: release.id,
      overrideAccess: true,
    })
    expect(stored._status).toBe('draft')
  })

  it('says it in English to an admin reading English', async () => {
    const image = await photo('rynek.png', { pl: 'Rynek Główny' })
    const release = await draftInTwoLanguages([image.id])
    const i18n = await getLocalI18n({ config: payload.config, language: 'en' })
    const req = await createLocalReq({ user: editor, req: { i18n } }, payload)
    await expect(
      payload.update({
        collection: 'press-releases',
        id: release.id,
        data: { _status: 'published' },
        req,
        overrideAccess: false,
      }),
    ).rejects.toThrow(
      'Cannot publish: the image “rynek.png” has no alt text in the English version. Add it to the file (Media).',
    )
  })

  it('publishes once the image has alt text in every language the release has', async () => {
    const image = await photo('planty.png', {
      pl: 'Planty jesienią',
      en: 'The Planty park in autumn',
    })
    const release = await draftInTwoLanguages([image.id])
    const published = await payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { _status: 'published' },
      ...as(editor),
    })
    expect(published._status).toBe('published')
  })

  it('does not ask for alt text in a language the release is not published in', async () => {
    const image = await photo('wawel.png', { pl: 'Wawel od strony Wisły' })
    const release = await makeRelease(payload, { _status: 'draft', media: [image.id] })
    const published = await payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { _status: 'published' },
      ...as(editor),
    })
    expect(published._status).toBe('published')
  })

  it('refuses to send such a release to journalists, in the same words with sending', async () => {
    const image = await photo('kopiec.png', { pl: 'Kopiec Kościuszki', en: 'The Kościuszko Mound' })
    const release = await makeRelease(payload, { media: [image.id] })
    await payload.update({
      collection: 'press-releases',
      id: release.id,
      locale: 'en',
      data: { headline: 'The Kościuszko Mound reopens', _status: 'published' },
      overrideAccess: true,
    })
    // The English alt text lost afterwards (written straight to the database, as an import or an
    // older version could leave it): the admin cannot save an empty one.
    const drizzle = payload.db.drizzle as never as { run: (query: unknown) => Promise<unknown> }
    await drizzle.run(
      sql`DELETE FROM media_locales WHERE _parent_id = ${image.id} AND _locale = 'en'`,
    )
    const stored = await payload.findByID({
      collection: 'media',
      id: image.id,
      locale: 'all',
      overrideAccess: true,
    })
    expect((stored.alt as unknown as Record<string, string | null>).en ?? null).toBeNull()
    const journalist = await makeJournalist(payload, {
      name: 'Jan Kowalski',
      email: 'jan@gazeta.example',
    })
    const list = await makeMailingList(payload, 'Transport', [journalist])
    await expect(
      distributeRelease(payload, {
        release: release.id,
        request: { lists: [list.id], mode: 'at-publication' },
        user: editor,
      }),
    ).rejects.toThrow(
      /^Nie można wysłać: zdjęcie „kopiec.png” nie ma tekstu alternatywnego w wersji angielskiej/,
    )
  })
})
