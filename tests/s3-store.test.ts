import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { s3Store } from '../src/render/s3Store'
import { missingSecretReason } from '../src/lib/settings'
import { saveOutboxMessage } from '../src/storage/outbox'
import { s3Client, s3Settings } from '../src/storage/s3'
import { startS3, type TestS3 } from './helpers/s3'

/**
 * The render store and the outbox in a real S3 server (s3rver on loopback) through the real AWS
 * SDK client, and the rule for when PAYLOAD_SECRET must be given.
 */
let s3: TestS3
const saved = { ...process.env }
const warnings: string[] = []
const key = 'ab'.repeat(16)

beforeAll(async () => {
  s3 = await startS3('pressroom-store')
})
afterAll(async () => {
  process.env = saved
  await s3?.close()
})

const store = () => {
  const settings = s3Settings(s3.env)!
  return s3Store(s3Client(settings), settings.bucket, 'renders/', (message) =>
    warnings.push(message),
  )
}

describe('render store in S3', () => {
  it('misses an unknown key, then gives back exactly the bytes it kept, as renders/<key> in the bucket', async () => {
    expect(await store().get(key)).toBeNull()
    const pdf = new TextEncoder().encode('%PDF-1.7 komunikat prasowy')
    await store().put(key, pdf)
    expect(await s3.keys('renders/')).toEqual([`renders/${key}`])
    expect(Buffer.from((await store().get(key))!)).toEqual(Buffer.from(pdf))
  })

  it('refuses a key that is not a render key', async () => {
    await expect(store().get('../media/foto.png')).rejects.toThrow('Not a render key')
    await expect(store().put('../media/foto.png', new Uint8Array([1]))).rejects.toThrow(
      'Not a render key',
    )
  })

  it('while the store is down: a miss and nothing kept, said in a warning; back to normal without a new client', async () => {
    await s3.stopServer()
    try {
      warnings.length = 0
      expect(await store().get(key)).toBeNull()
      await expect(store().put('cd'.repeat(16), new Uint8Array([1]))).resolves.toBeUndefined()
      expect(warnings).toEqual([
        'render store unreachable, rendering afresh',
        'render store unreachable, document not kept',
      ])
    } finally {
      await s3.startServer()
    }
    expect(await store().get(key)).not.toBeNull()
    expect(await s3.keys('renders/')).toEqual([`renders/${key}`])
  })
})

describe('outbox in S3', () => {
  it('keeps an .eml under outbox/ in the bucket when S3_BUCKET is set, on disk otherwise', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pressroom-outbox-'))
    try {
      Object.assign(process.env, s3.env, { PRESSROOM_DATA_DIR: dataDir })
      const message = Buffer.from('Subject: Zaproszenie na konferencję\r\n\r\nTreść.\r\n')
      expect(await saveOutboxMessage('2026-11-29-a.eml', message)).toBe(
        `s3://${s3.bucket}/outbox/2026-11-29-a.eml`,
      )
      expect(await s3.bytes('outbox/2026-11-29-a.eml')).toEqual(message)
      expect(fs.existsSync(path.join(dataDir, 'outbox'))).toBe(false)

      delete process.env.S3_BUCKET
      const file = await saveOutboxMessage('../2026-11-29-b.eml', message)
      expect(file).toBe(path.join(dataDir, 'outbox', '2026-11-29-b.eml'))
      expect(fs.readFileSync(file)).toEqual(message)
    } finally {
      process.env = { ...saved }
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  })
})

describe('S3 settings', () => {
  it('reads the S3_* variables, path-style only when asked, and refuses half a key pair', () => {
    expect(s3Settings({})).toBeNull()
    const settings = s3Settings({
      S3_BUCKET: 'prasa',
      S3_ENDPOINT: 'http://minio:9000',
      S3_FORCE_PATH_STYLE: '1',
      S3_ACCESS_KEY_ID: 'a',
      S3_SECRET_ACCESS_KEY: 'b',
    })
    expect(settings).toMatchObject({
      bucket: 'prasa',
      config: {
        endpoint: 'http://minio:9000',
        forcePathStyle: true,
        region: 'us-east-1',
        credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      },
    })
    expect(s3Settings({ S3_BUCKET: 'prasa', S3_REGION: 'eu-central-1' })?.config).toMatchObject({
      region: 'eu-central-1',
      forcePathStyle: false,
    })
    expect(s3Settings({ S3_BUCKET: 'prasa' })?.config.credentials).toBeUndefined()
    expect(() => s3Settings({ S3_BUCKET: 'prasa', S3_ACCESS_KEY_ID: 'a' })).toThrow(
      'Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY',
    )
  })
})

describe('the secret', () => {
  it('must be given with a database server or S3, and need not be with SQLite on local disk', () => {
    expect(missingSecretReason({})).toBeNull()
    expect(missingSecretReason({ DATABASE_URL: 'file:./data/pressroom.db' })).toBeNull()
    expect(missingSecretReason({ DATABASE_URL: 'postgres://db/prasa' })).toMatch(
      /^PAYLOAD_SECRET is not set, and DATABASE_URL is a database server:/,
    )
    expect(missingSecretReason({ S3_BUCKET: 'prasa' })).toMatch(
      /^PAYLOAD_SECRET is not set, and S3_BUCKET is set:/,
    )
    expect(
      missingSecretReason({ DATABASE_URL: 'postgres://db/prasa', PAYLOAD_SECRET: 'x'.repeat(64) }),
    ).toBeNull()
  })

  it('with SQLite and local disk is generated once into data/.secret, readable by its owner only, and the same next time', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pressroom-secret-'))
    try {
      const env = {
        ...process.env,
        PRESSROOM_DATA_DIR: dataDir,
        PAYLOAD_SECRET: '',
        DATABASE_URL: '',
        S3_BUCKET: '',
      }
      const print = () =>
        spawnSync(
          process.execPath,
          [
            '--import',
            'tsx',
            '-e',
            "import('./src/lib/settings.ts').then((s) => console.log(s.payloadSecret()))",
          ],
          { env, encoding: 'utf8' },
        )
      const first = print()
      expect(first.status).toBe(0)
      const secret = first.stdout.trim()
      expect(secret).toMatch(/^[a-f0-9]{64}$/)
      expect(fs.readFileSync(path.join(dataDir, '.secret'), 'utf8')).toBe(secret)
      expect(fs.statSync(path.join(dataDir, '.secret')).mode & 0o777).toBe(0o600)
      expect(print().stdout.trim()).toBe(secret)
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  })

  it('stops `npm start` before it builds anything, with one line naming PAYLOAD_SECRET (Postgres, then S3)', () => {
    for (const shared of [
      { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/s3_never_made' },
      { S3_BUCKET: 'prasa' },
    ]) {
      const run = spawnSync(process.execPath, ['scripts/run.mjs', 'start'], {
        env: { ...process.env, PAYLOAD_SECRET: '', PORT: '45999', ...shared },
        encoding: 'utf8',
        timeout: 60_000,
      })
      expect(run.status).toBe(1)
      expect(run.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/^pressroom: PAYLOAD_SECRET is not set, and /),
      ])
      expect(run.stdout).not.toContain('Building')
    }
  })
})
