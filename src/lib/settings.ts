import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Where Pressroom keeps its own files: the SQLite database, uploads and the generated secret. */
export const dataDir = path.resolve(/*turbopackIgnore: true*/ process.env.PRESSROOM_DATA_DIR || 'data')

export const databaseUrl = (): string =>
  process.env.DATABASE_URL || `file:${path.join(dataDir, 'pressroom.db')}`

export const timezone = (): string => process.env.PRESSROOM_TZ || 'Europe/Warsaw'

/** PAYLOAD_SECRET, or a random one generated once into data/.secret. Never a constant in code. */
export const payloadSecret = (): string => {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  const file = path.join(dataDir, '.secret')
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    fs.mkdirSync(dataDir, { recursive: true })
    const secret = crypto.randomBytes(32).toString('hex')
    fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' })
    return secret
  }
}

/**
 * PRESSROOM_PUBLIC_URL when set (no trailing slash): the one origin browsers may send cookie-
 * authenticated writes from (CSRF, CORS), and Secure cookies when it is https.
 */
export const configuredPublicUrl = (): string | undefined =>
  process.env.PRESSROOM_PUBLIC_URL?.replace(/\/+$/, '') || undefined
