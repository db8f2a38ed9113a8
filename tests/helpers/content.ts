import type { Payload } from 'payload'

import type { PressRelease, Quote, User } from '../../src/payload-types'

/** Small, explicit builders for test content; everything made with overrideAccess. */
export const makeUser = (payload: Payload, role: User['role'], extra: Partial<User> = {}) =>
  payload.create({
    collection: 'users',
    data: {
      email: `${role}-${Math.random().toString(36).slice(2, 8)}@krakow.test`,
      password: 'correct horse battery staple',
      name: `Test ${role}`,
      role,
      ...extra,
    },
    overrideAccess: true,
  })

export const makeQuote = async (
  payload: Payload,
  status: Quote['status'] = 'approved',
  text = 'Kraków to miasto, które słucha swoich mieszkańców.',
) => {
  const speaker = await payload.create({
    collection: 'people',
    data: { name: 'Anna Wiśniewska', role: 'Prezydent Miasta Krakowa' },
    overrideAccess: true,
  })
  return payload.create({
    collection: 'quotes',
    data: { text, speaker: speaker.id, status },
    overrideAccess: true,
  })
}

export const makeRelease = (
  payload: Payload,
  data: Partial<PressRelease> & { _status: 'draft' | 'published' },
) =>
  payload.create({
    collection: 'press-releases',
    data: {
      headline: `Nowe przystanki na Kazimierzu ${Math.random().toString(36).slice(2, 6)}`,
      place: 'Kraków',
      date: '2026-11-20T09:00:00.000Z',
      lead: 'Od poniedziałku pasażerowie wsiądą do tramwajów na dwóch nowych przystankach.',
      releaseType: data.embargoUntil ? 'embargoed' : 'immediate',
      ...data,
    } as PressRelease,
    draft: data._status === 'draft',
    overrideAccess: true,
  })

export const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString()
