import { createHmac } from 'node:crypto'

import { signToken, tokenFitsRow, tokenLifetimeMs, verifyToken } from '../src/distribution/token'

/**
 * What a genuine token opens: only the row holding the key it was made for, and a token from
 * before keys only a row that existed before keys and is not younger than the token.
 */
process.env.PAYLOAD_SECRET = 'token-test'

const now = new Date('2026-12-07T10:00:00Z')
const created = '2026-12-01T08:00:00.000Z'
const claimsOf = (purpose: 'link' | 'unsubscribe' | 'confirm', token: string) =>
  verifyToken(purpose, token, now)!

/** A token as the code made them before rows had keys: subject and expiry only. */
const legacyToken = (
  purpose: 'link' | 'unsubscribe' | 'confirm',
  subject: number,
  expires: Date,
) => {
  const key = createHmac('sha256', 'token-test').update(`pressroom ${purpose}`).digest()
  const body = Buffer.from(`${subject}.${Math.floor(expires.getTime() / 1000)}`).toString(
    'base64url',
  )
  return `${body}.${createHmac('sha256', key).update(body).digest('base64url')}`
}

it('opens only the row holding the key it was made for, never one that took its id', () => {
  const token = signToken('link', { subject: 2, expires: new Date('2027-01-01'), key: 'jans-key' })
  expect(
    tokenFitsRow('link', claimsOf('link', token), { tokenKey: 'jans-key', createdAt: created }),
  ).toBe(true)
  expect(
    tokenFitsRow('link', claimsOf('link', token), { tokenKey: 'zofias-key', createdAt: created }),
  ).toBe(false)
  expect(
    tokenFitsRow('link', claimsOf('link', token), { tokenKey: null, createdAt: created }),
  ).toBe(false)
})

it('keeps an unsubscribe link sent before keys working for its journalist, not for a newer row', () => {
  const sent = new Date('2026-12-03T09:00:00Z')
  const token = legacyToken(
    'unsubscribe',
    7,
    new Date(sent.getTime() + tokenLifetimeMs.unsubscribe),
  )
  const claims = claimsOf('unsubscribe', token)
  expect(claims.key).toBeNull()
  expect(tokenFitsRow('unsubscribe', claims, { tokenKey: 'legacy-abc', createdAt: created })).toBe(
    true,
  )
  // A row made after the mail was sent took the id of a deleted one.
  const younger = { tokenKey: 'legacy-def', createdAt: '2026-12-05T00:00:00.000Z' }
  expect(tokenFitsRow('unsubscribe', claims, younger)).toBe(false)
  // A row made since keys exist never takes a token without one.
  expect(tokenFitsRow('unsubscribe', claims, { tokenKey: 'fresh-key', createdAt: created })).toBe(
    false,
  )
})

it('keeps a personal link sent before keys working only with the expiry stored on its delivery', () => {
  const expires = new Date('2027-01-02T10:00:00.000Z')
  const claims = claimsOf('link', legacyToken('link', 3, expires))
  const row = { tokenKey: 'legacy-abc', createdAt: created, linkExpiresAt: expires.toISOString() }
  expect(tokenFitsRow('link', claims, row)).toBe(true)
  expect(tokenFitsRow('link', claims, { ...row, linkExpiresAt: '2027-01-02T10:00:05.000Z' })).toBe(
    false,
  )
  expect(tokenFitsRow('link', claims, { ...row, linkExpiresAt: null })).toBe(false)
})
