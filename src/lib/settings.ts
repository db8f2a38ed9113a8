import type { Payload, PayloadRequest } from 'payload'

import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Where Pressroom keeps its own files: the SQLite database, uploads and the generated secret. */
export const dataDir = path.resolve(
  /*turbopackIgnore: true*/ process.env.PRESSROOM_DATA_DIR || 'data',
)

export const databaseUrl = (): string =>
  process.env.DATABASE_URL || `file:${path.join(dataDir, 'pressroom.db')}`

/**
 * The zone of an office that has not set its own: PRESSROOM_TZ, else Europe/Warsaw. The schedule
 * drawer opens in it too (Payload's config is static and cannot read the office setting).
 */
export const defaultTimezone = (): string => process.env.PRESSROOM_TZ || 'Europe/Warsaw'

/**
 * The one timezone resolver: the office's own setting (Ustawienia → Biuro prasowe), else
 * defaultTimezone(). Datelines, embargo lines, the dashboard and the status column all use it.
 */
export const officeTimezone = (setting?: string | null): string =>
  setting?.trim() || defaultTimezone()

/** Whether Intl knows the zone (an IANA name such as Europe/Warsaw). */
export const isTimezone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** The office's timezone read from its settings, once per request. */
export const readOfficeTimezone = async (
  payload: Payload,
  req?: PayloadRequest,
): Promise<string> => {
  const cached = req?.context.pressroomOfficeTimezone
  if (typeof cached === 'string') return cached
  const office = await payload.findGlobal({
    slug: 'press-office',
    depth: 0,
    select: { timezone: true },
    overrideAccess: true,
  })
  const zone = officeTimezone(office.timezone)
  if (req) req.context.pressroomOfficeTimezone = zone
  return zone
}

/**
 * Why this configuration needs PAYLOAD_SECRET set, or null. With a database server or S3 several
 * instances may serve the same data, and each would generate a secret of its own: users would be
 * logged out at random and personal links would stop working.
 */
export const missingSecretReason = (
  env: Record<string, string | undefined> = process.env,
): string | null => {
  if (env.PAYLOAD_SECRET) return null
  const url = env.DATABASE_URL || ''
  const shared = [
    url && !url.startsWith('file:') ? 'DATABASE_URL is a database server' : '',
    env.S3_BUCKET?.trim() ? 'S3_BUCKET is set' : '',
  ].filter(Boolean)
  if (!shared.length) return null
  return (
    `PAYLOAD_SECRET is not set, and ${shared.join(' and ')}: every instance must sign logins and ` +
    'links with the same secret. Set PAYLOAD_SECRET to one long random value for all instances ' +
    '(e.g. the output of `openssl rand -hex 32`).'
  )
}

/**
 * PAYLOAD_SECRET, or (SQLite and local disk only) a random one generated once into data/.secret.
 * Never a constant in code.
 */
export const payloadSecret = (): string => {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  const missing = missingSecretReason()
  if (missing) throw new Error(missing)
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

/** The absolute base of links (newsroom, feeds, e-mails): PRESSROOM_PUBLIC_URL, else this machine. */
export const publicBaseUrl = (): string =>
  configuredPublicUrl() ?? `http://localhost:${process.env.PORT || 3000}`
