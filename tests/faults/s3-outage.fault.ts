import type { Payload } from 'payload'

import sharp from 'sharp'

import { makeRelease, makeUser, setupOffice } from '../helpers/content'
import { startInstances, type TwoInstances } from '../helpers/instances'
import { describeOnPostgres } from '../helpers/payload'
import { startS3, type TestS3 } from '../helpers/s3'
import { login } from '../helpers/server'

/**
 * The S3 store goes away under two instances on one bucket: uploads on either answer 503 fast,
 * releases are still read as text and pages, nothing is half-written (no media document, no
 * object), and once the store is back an upload on one instance downloads on the other.
 */
await describeOnPostgres(() => {
  let s3: TestS3
  let two: TwoInstances
  let payload: Payload
  const auth: Record<'a' | 'b', string> = { a: '', b: '' }

  beforeAll(async () => {
    s3 = await startS3()
    two = await startInstances('s3fault', { ...s3.env, PRESSROOM_PRERENDER: 'off' })
    payload = await two.localPayload()
    await setupOffice(payload)
    const user = await makeUser(payload, 'editor')
    auth.a = await login(two.a.url, user.email, 'correct horse battery staple')
    auth.b = await login(two.b.url, user.email, 'correct horse battery staple')
  }, 300_000)
  afterAll(async () => {
    await two?.stop()
    await s3?.close()
  }, 60_000)

  const url = (on: 'a' | 'b', path: string) => `${two[on].url}${path}`
  const png = (colour: string) =>
    sharp({ create: { width: 320, height: 200, channels: 3, background: colour } })
      .png()
      .toBuffer()
  const upload = async (on: 'a' | 'b', name: string, bytes: Buffer) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), `${name}.png`)
    form.append('_payload', JSON.stringify({ alt: `Zdjęcie: ${name}` }))
    return fetch(url(on, '/api/media'), {
      method: 'POST',
      headers: { Authorization: auth[on] },
      body: form,
    })
  }
  const mediaRows = async () =>
    Number((await two.sql.query('select count(*)::int as n from media')).rows[0].n)

  it('answers uploads 503 on both instances, still serves text, writes nothing, and recovers', async () => {
    const release = await makeRelease(payload, { headline: 'Nowe ścieżki rowerowe w Nowej Hucie' })
    const rows = await mediaRows()
    const keys = await s3.keys()

    await s3.stopServer()
    try {
      for (const on of ['a', 'b'] as const) {
        const started = Date.now()
        const refused = await upload(on, `awaria-${on}`, await png('#000'))
        expect([on, refused.status]).toEqual([on, 503])
        expect((await refused.json()).errors[0].message).toMatch(/File storage is unavailable/)
        expect(Date.now() - started).toBeLessThan(10_000)
      }
      for (const on of ['a', 'b'] as const) {
        const txt = await fetch(url(on, `/api/press-releases/${release.id}/txt?locale=pl`))
        expect([txt.status, await txt.text()]).toEqual([
          200,
          expect.stringContaining('Nowe ścieżki rowerowe'),
        ])
        const page = await fetch(url(on, `/pl/${release.slug}`))
        expect([page.status, await page.text()]).toEqual([
          200,
          expect.stringContaining('Nowe ścieżki rowerowe'),
        ])
      }
      expect(await mediaRows()).toBe(rows)
    } finally {
      await s3.startServer()
    }
    expect(await s3.keys()).toEqual(keys)

    const bytes = await png('#00838f')
    const uploaded = await upload('b', 'po-awarii', bytes)
    expect(uploaded.status).toBe(201)
    const { doc } = (await uploaded.json()) as { doc: { filename: string } }
    const download = await fetch(url('a', `/api/media/file/${doc.filename}`), {
      headers: { Authorization: auth.a },
    })
    expect(download.status).toBe(200)
    expect(Buffer.from(await download.arrayBuffer())).toEqual(bytes)
    expect(await mediaRows()).toBe(rows + 1)
  })
})
