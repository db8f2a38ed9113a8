import crypto from 'node:crypto'

import { payloadSecret } from '../lib/settings'

/**
 * Signed tokens for links in mails: a subject (a delivery id for a personal link, a journalist id
 * for unsubscribing) and an expiry, with an HMAC keyed by the app secret and the token's purpose,
 * so a token made for one purpose never opens another.
 */
export type Purpose = 'link' | 'unsubscribe' | 'confirm'
export type TokenClaims = { subject: number | string; expires: Date }

const mac = (purpose: Purpose, body: string) => {
  const key = crypto.createHmac('sha256', payloadSecret()).update(`pressroom ${purpose}`).digest()
  return crypto.createHmac('sha256', key).update(body).digest('base64url')
}

export const signToken = (purpose: Purpose, { subject, expires }: TokenClaims): string => {
  const body = Buffer.from(`${subject}.${Math.floor(expires.getTime() / 1000)}`).toString(
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
  const expected = Buffer.from(mac(purpose, body))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null
  const [subject, seconds] = Buffer.from(body, 'base64url').toString('utf8').split('.')
  const expires = new Date(Number(seconds) * 1000)
  if (!subject || !Number.isFinite(expires.getTime()) || expires <= now) return null
  return { subject: /^\d+$/.test(subject) ? Number(subject) : subject, expires }
}

/** Unsubscribe links keep working for years: a mail may be read long after it was sent. */
export const unsubscribeToken = (journalist: number | string, now: Date = new Date()) =>
  signToken('unsubscribe', {
    subject: journalist,
    expires: new Date(now.getTime() + 5 * 365 * 86_400_000),
  })
