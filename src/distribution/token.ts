import crypto from 'node:crypto'

import { payloadSecret } from '../lib/settings'

/**
 * Signed tokens for links in mails: a subject (a delivery id for a personal link, a journalist id
 * for confirming and unsubscribing), an expiry and the subject row's own random key, with an HMAC
 * keyed by the app secret and the token's purpose, so a token made for one purpose never opens
 * another. The row key is what binds a token to one person: an id can come back (SQLite reused
 * the highest id after a delete), a key never does, so a token of a deleted row opens nothing.
 */
export type Purpose = 'link' | 'unsubscribe' | 'confirm'
export type TokenClaims = {
  subject: number | string
  expires: Date
  /** The row key the token was made for; null in a token made before rows had keys. */
  key: string | null
}

/** What a token is checked against: the row it names, as read from the database. */
export type TokenRow = {
  tokenKey?: string | null
  createdAt: string
  linkExpiresAt?: string | null
}

/** How long a token of each fixed-lifetime purpose works (a personal link's is on its delivery). */
export const tokenLifetimeMs = {
  confirm: 7 * 86_400_000,
  // Unsubscribe links keep working for years: a mail may be read long after it was sent.
  unsubscribe: 5 * 365 * 86_400_000,
} as const

/** Rows that existed before keys did get one with this prefix (migration token_keys). */
const LEGACY = 'legacy-'

/** A new row's key: random, never derived from anything that can repeat. */
export const newTokenKey = (): string => crypto.randomBytes(16).toString('base64url')

const mac = (purpose: Purpose, body: string) => {
  const key = crypto.createHmac('sha256', payloadSecret()).update(`pressroom ${purpose}`).digest()
  return crypto.createHmac('sha256', key).update(body).digest('base64url')
}

const sameText = (a: string, b: string) => {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && crypto.timingSafeEqual(x, y)
}

export const signToken = (
  purpose: Purpose,
  { subject, expires, key }: { subject: number | string; expires: Date; key: string },
): string => {
  const body = Buffer.from(`${subject}.${Math.floor(expires.getTime() / 1000)}.${key}`).toString(
    'base64url',
  )
  return `${body}.${mac(purpose, body)}`
}

/** The claims of a genuine, unexpired token; null for anything else, without saying why. */
export const verifyToken = (
  purpose: Purpose,
  token: string,
  now: Date = new Date(),
): TokenClaims | null => {
  const [body, signature, extra] = String(token).split('.')
  if (!body || !signature || extra !== undefined) return null
  if (!sameText(signature, mac(purpose, body))) return null
  const [subject, seconds, key, more] = Buffer.from(body, 'base64url').toString('utf8').split('.')
  const expires = new Date(Number(seconds) * 1000)
  if (!subject || !Number.isFinite(expires.getTime()) || expires <= now) return null
  if (more !== undefined || key === '') return null
  return { subject: /^\d+$/.test(subject) ? Number(subject) : subject, expires, key: key ?? null }
}

/**
 * Whether a genuine token is for this row, and not for an earlier row that had its id. A token
 * with a key opens only the row holding that key. A token from before keys (no key) still opens a
 * row that existed before keys, when the token cannot predate the row: a personal link's expiry is
 * the one stored on its delivery, and a confirm or unsubscribe token (fixed lifetimes) was made no
 * earlier than the row. Rows made since have ids that never come back, and take keyed tokens only.
 */
export const tokenFitsRow = (purpose: Purpose, claims: TokenClaims, row: TokenRow): boolean => {
  const rowKey = row.tokenKey ?? null
  if (claims.key !== null) return rowKey !== null && sameText(claims.key, rowKey)
  if (rowKey !== null && !rowKey.startsWith(LEGACY)) return false
  const seconds = claims.expires.getTime() / 1000
  if (purpose === 'link') {
    const stored = row.linkExpiresAt ? Date.parse(row.linkExpiresAt) : NaN
    return Math.floor(stored / 1000) === seconds
  }
  const issued = claims.expires.getTime() - tokenLifetimeMs[purpose]
  return issued >= Math.floor(Date.parse(row.createdAt) / 1000) * 1000
}

/** A token for a row, good until `expires`. */
export const tokenFor = (
  purpose: Purpose,
  row: { id: number | string; tokenKey?: string | null },
  expires: Date,
): string => {
  if (!row.tokenKey) throw new Error(`No token key on ${purpose} subject ${row.id}`)
  return signToken(purpose, { subject: row.id, expires, key: row.tokenKey })
}

/** An unsubscribe link for a journalist, made at `now`. */
export const unsubscribeToken = (
  journalist: { id: number | string; tokenKey?: string | null },
  now: Date = new Date(),
) => tokenFor('unsubscribe', journalist, new Date(now.getTime() + tokenLifetimeMs.unsubscribe))
