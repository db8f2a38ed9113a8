import type { Payload } from 'payload'

import { journalistLocale, type Locale } from '../lib/locales'
import { tokenFitsRow, verifyToken } from './token'

export type UnsubscribeResult = { ok: true; name: string; locale: Locale } | { ok: false }

/** The journalist an unsubscribe link is for; null for a bad token or one of a deleted row. */
export const journalistToUnsubscribe = async (
  payload: Payload,
  token: string,
  now: Date = new Date(),
) => {
  const claims = verifyToken('unsubscribe', token, now)
  if (!claims) return null
  const journalist = await payload
    .findByID({ collection: 'journalists', id: claims.subject, depth: 0, overrideAccess: true })
    .catch(() => null)
  return journalist && tokenFitsRow('unsubscribe', claims, journalist) ? journalist : null
}

/**
 * One click from any mail: the journalist is unsubscribed at once, and nothing more is sent to
 * them (the sender checks consent right before each message). A bad, forged or expired token
 * changes nothing and says nothing about why.
 */
export const unsubscribeByToken = async (
  payload: Payload,
  token: string,
  now: Date = new Date(),
): Promise<UnsubscribeResult> => {
  const journalist = await journalistToUnsubscribe(payload, token, now)
  if (!journalist) return { ok: false }
  if (journalist.consent !== 'unsubscribed') {
    await payload.update({
      collection: 'journalists',
      id: journalist.id,
      data: { consent: 'unsubscribed' },
      overrideAccess: true,
      depth: 0,
    })
  }
  return { ok: true, name: journalist.name, locale: journalistLocale(journalist) }
}
