import type { Payload } from 'payload'

import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { PDFDocument, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib'

import { hoursFromNow, makeRelease, makeUser, setupOffice } from './helpers/content'
import { startS3, type TestS3 } from './helpers/s3'
import { localPayloadOf, login, startServer, type TestServer } from './helpers/server'

/**
 * The built app with S3_BUCKET set, against a real S3 server (s3rver on loopback, reached through
 * the real AWS SDK client) and real HTTP: uploads and their print size in the bucket, downloads
 * through the app under the public-media rule, rendered documents in the bucket, and an outage.
 */
let s3: TestS3
let server: TestServer
let local: Payload
let admin: Record<string, string>

type MediaDoc = {
  id: number
  filename: string
  url: string
  sizes: { print: { filename: string | null } }
}

const api = (urlPath: string, init: RequestInit = {}, as: Record<string, string> = admin) =>
  fetch(`${server.url}${urlPath}`, { ...init, headers: { ...as, ...(init.headers ?? {}) } })
const anonymous = (urlPath: string) => fetch(`${server.url}${urlPath}`)
const bytesOf = async (res: Response) => Buffer.from(await res.arrayBuffer())

/** A 2000×1200 photo (wider than the 1600 px print size, so Payload makes one). */
const photo = (colour: string) =>
  sharp({ create: { width: 2000, height: 1200, channels: 3, background: colour } })
    .png()
    .toBuffer()

const uploadForm = async (name: string, colour: string) => {
  const form = new FormData()
  form.append(
    'file',
    new Blob([new Uint8Array(await photo(colour))], { type: 'image/png' }),
    `${name}.png`,
  )
  form.append('_payload', JSON.stringify({ alt: `Zdjęcie: ${name}`, credit: 'Biuro Prasowe' }))
  return form
}

const upload = async (name: string, colour = '#1a5c9e'): Promise<MediaDoc> => {
  const res = await api('/api/media', { method: 'POST', body: await uploadForm(name, colour) })
  const json = await res.json()
  if (res.status !== 201) throw new Error(`upload ${name}: ${res.status} ${JSON.stringify(json)}`)
  return json.doc
}

const mediaCount = async () =>
  (await (await api('/api/media?limit=1&depth=0')).json()).totalDocs as number

beforeAll(async () => {
  s3 = await startS3()
  // Renders only when asked for, so the test knows which request put a document in the bucket.
  server = await startServer('s3', { ...s3.env, PRESSROOM_PRERENDER: 'off' })
  local = await localPayloadOf(server)
  await setupOffice(local)
  const user = await makeUser(local, 'admin', { email: 'admin@krakow.test' })
  admin = { Authorization: await login(server.url, user.email, 'correct horse battery staple') }
}, 600_000)
afterAll(async () => {
  await local?.destroy()
  await server?.stop()
  await s3?.close()
})

describe('uploads in the bucket', () => {
  it('puts the photo and its print size in the bucket, nothing on the local disk, and staff download the bucket bytes through the app', async () => {
    const doc = await upload('rynek-glowny')
    const keys = [`media/${doc.filename}`, `media/${doc.sizes.print.filename}`]
    expect(await s3.keys('media/')).toEqual(expect.arrayContaining(keys))
    expect(fs.existsSync(path.join(server.dataDir, 'media', doc.filename))).toBe(false)
    expect(doc.url).toBe(`/api/media/file/${doc.filename}?prefix=media`)

    for (const [file, key] of [
      [doc.filename, keys[0]],
      [doc.sizes.print.filename, keys[1]],
    ]) {
      const res = await api(`/api/media/file/${file}`)
      expect([res.status, res.headers.get('content-type')]).toEqual([200, 'image/png'])
      expect(await bytesOf(res)).toEqual(await s3.bytes(key as string))
    }
    expect((await sharp(await s3.bytes(keys[1])).metadata()).width).toBe(1600)
  })

  it('lets the public-media rule decide: a photo of nothing public or of an embargoed release is refused to anonymous readers, a published one is served', async () => {
    const hidden = await upload('plac-budowy')
    expect([403, 404]).toContain((await anonymous(`/api/media/file/${hidden.filename}`)).status)
    await makeRelease(local, { media: [hidden.id], embargoUntil: hoursFromNow(24) })
    expect([403, 404]).toContain((await anonymous(`/api/media/file/${hidden.filename}`)).status)

    const shown = await upload('nowy-park', '#2e7d32')
    await makeRelease(local, { media: [shown.id] })
    const res = await anonymous(`/api/media/file/${shown.filename}`)
    expect(res.status).toBe(200)
    expect(await bytesOf(res)).toEqual(await s3.bytes(`media/${shown.filename}`))
  })

  it('never asks the store for a public ACL, and hands out only the app’s own file addresses', async () => {
    // s3rver itself enforces no ACL: it serves an unsigned GET of any object (no Authorization
    // header → no check, lib/middleware/authentication.js), so a refused anonymous read of the
    // bucket cannot be shown here. What the app controls is shown instead: no request it sent
    // carried an ACL, and no address it gives out points at the bucket.
    const puts = s3.seen.filter(
      (request) => request.method === 'PUT' && request.url.includes('/media/'),
    )
    expect(puts.length).toBeGreaterThanOrEqual(2)
    expect(s3.seen.filter((request) => 'x-amz-acl' in request.headers)).toEqual([])
    const listed = await (await api('/api/media?limit=100&depth=0')).json()
    expect(JSON.stringify(listed)).not.toContain(s3.env.S3_ENDPOINT)
    for (const doc of listed.docs as MediaDoc[])
      expect(doc.url).toBe(`/api/media/file/${doc.filename}?prefix=media`)
  })

  it('deletes the photo and its print size from the bucket with the media document', async () => {
    const doc = await upload('do-usuniecia', '#9e1a1a')
    expect(await s3.keys('media/')).toEqual(
      expect.arrayContaining([`media/${doc.filename}`, `media/${doc.sizes.print.filename}`]),
    )
    expect((await api(`/api/media/${doc.id}`, { method: 'DELETE' })).status).toBe(200)
    const left = await s3.keys('media/')
    expect(left).not.toContain(`media/${doc.filename}`)
    expect(left).not.toContain(`media/${doc.sizes.print.filename}`)
  })
})

describe('rendered documents in the bucket', () => {
  it('keeps a PDF export as an object under renders/, and serves the next reader from that object', async () => {
    const release = await makeRelease(local, {
      headline: 'Rada Miasta przyjęła budżet obywatelski',
    })
    const before = await s3.keys('renders/')
    const first = await anonymous(`/api/press-releases/${release.id}/pdf?locale=pl`)
    expect([first.status, first.headers.get('content-type')]).toEqual([200, 'application/pdf'])
    const pdf = await bytesOf(first)
    const added = (await s3.keys('renders/')).filter((key) => !before.includes(key))
    expect(added).toHaveLength(1)
    expect(await s3.bytes(added[0])).toEqual(pdf)

    // Marked in the bucket: the next answer carries the mark only if it came from the object.
    const marked = Buffer.concat([pdf, Buffer.from('\n%served-from-the-bucket\n')])
    await s3.client.putObject({ Bucket: s3.bucket, Key: added[0], Body: marked })
    const second = await anonymous(`/api/press-releases/${release.id}/pdf?locale=pl`)
    expect(second.status).toBe(200)
    expect(await bytesOf(second)).toEqual(marked)
  })
})

describe('photos in printed documents', () => {
  it('prints a photo kept only in the bucket into the release PDF (copied to the local media folder first)', async () => {
    const photoDoc = await upload('hala-targowa', '#ef6c00')
    expect(fs.existsSync(path.join(server.dataDir, 'media', photoDoc.filename))).toBe(false)
    const release = await makeRelease(local, {
      headline: 'Hala targowa po remoncie',
      media: [photoDoc.id],
    })
    const res = await anonymous(`/api/press-releases/${release.id}/pdf?locale=pl`)
    expect(res.status).toBe(200)
    const pdf = await PDFDocument.load(new Uint8Array(await res.arrayBuffer()))
    const imageWidths = pdf.context
      .enumerateIndirectObjects()
      .flatMap(([, object]) =>
        object instanceof PDFRawStream &&
        object.dict.get(PDFName.of('Subtype')) === PDFName.of('Image')
          ? [(object.dict.get(PDFName.of('Width')) as PDFNumber).asNumber()]
          : [],
      )
    expect(imageWidths).toContain(1600)
    expect(fs.readdirSync(path.join(server.dataDir, 'media'))).toContain(
      photoDoc.sizes.print.filename,
    )
  })
})

describe('while S3 is unavailable', () => {
  it('refuses uploads with 503 and a clear reason, leaves nothing half-written, still serves releases, and takes uploads again once S3 is back', async () => {
    const kept = await upload('wawel', '#6a1b9a')
    const keptBytes = await s3.bytes(`media/${kept.filename}`)
    const release = await makeRelease(local, { headline: 'Tramwaj na Górkę Narodową od grudnia' })
    const count = await mediaCount()
    const keys = await s3.keys()

    await s3.stopServer()
    try {
      const refused = await api('/api/media', {
        method: 'POST',
        body: await uploadForm('podczas-awarii', '#000'),
      })
      expect(refused.status).toBe(503)
      expect((await refused.json()).errors[0].message).toMatch(
        /^File storage is unavailable, so the file was not saved/,
      )
      expect(await mediaCount()).toBe(count)

      const replace = await api(`/api/media/${kept.id}`, {
        method: 'PATCH',
        body: await uploadForm('zamiana', '#000'),
      })
      expect(replace.status).toBe(503)
      const after = await (await api(`/api/media/${kept.id}?depth=0`)).json()
      expect([after.filename, after.sizes.print.filename]).toEqual([
        kept.filename,
        kept.sizes.print.filename,
      ])

      const download = await api(`/api/media/file/${kept.filename}`)
      expect(download.status).toBe(503)
      expect((await download.json()).errors[0].message).toMatch(/File storage is unavailable/)

      for (const format of ['html', 'txt']) {
        const res = await anonymous(`/api/press-releases/${release.id}/${format}?locale=pl`)
        expect([res.status, await res.text()]).toEqual([
          200,
          expect.stringContaining('Tramwaj na Górkę Narodową od grudnia'),
        ])
      }
      const page = await anonymous(`/pl/${release.slug}`)
      expect([page.status, await page.text()]).toEqual([
        200,
        expect.stringContaining('Tramwaj na Górkę Narodową od grudnia'),
      ])
    } finally {
      await s3.startServer()
    }

    expect(await s3.keys()).toEqual(keys)
    const back = await upload('po-awarii', '#00838f')
    expect(await s3.keys('media/')).toContain(`media/${back.filename}`)
    expect(await mediaCount()).toBe(count + 1)
    const again = await api(`/api/media/file/${kept.filename}`)
    expect(again.status).toBe(200)
    expect(await bytesOf(again)).toEqual(keptBytes)
  })
})

describe('the secret', () => {
  it('stops `next start` at start, naming PAYLOAD_SECRET, when S3 is set and no secret is given', async () => {
    const dataDir = fs.mkdtempSync(path.join(server.dataDir, 'no-secret-'))
    const child = spawn(
      process.execPath,
      [
        path.join('node_modules', 'next', 'dist', 'bin', 'next'),
        'start',
        '-p',
        '45998',
        '-H',
        '127.0.0.1',
      ],
      {
        env: {
          ...process.env,
          ...s3.env,
          NODE_ENV: 'production',
          NODE_OPTIONS: '',
          PAYLOAD_SECRET: '',
          PRESSROOM_DATA_DIR: dataDir,
          DATABASE_URL: `file:${path.join(dataDir, 'p.db')}`,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    const code = await new Promise<number | null>((resolve) => {
      const killer = setTimeout(() => child.kill('SIGKILL'), 60_000)
      child.once('exit', (exitCode) => {
        clearTimeout(killer)
        resolve(exitCode)
      })
    })
    expect(code).toBe(1)
    expect(output).toContain('pressroom: PAYLOAD_SECRET is not set, and S3_BUCKET is set')
    expect(fs.existsSync(path.join(dataDir, '.secret'))).toBe(false)
  })
})
