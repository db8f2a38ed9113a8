import config from '@payload-config'
import { getPayload } from 'payload'

import type { Locale } from '../lib/locales'
import type { NewsroomAddress } from './addresses'

import { type EmergencyNotice, emergencyNotice } from '../crisis/emergency'
import { defaultLocale } from '../lib/locales'
import { type WithdrawnAnswer, withdrawnAnswer } from '../withdrawal/address'

import { loadReleasePage } from './releasePage'
import { findPublicPack, loadOffice } from './releases'

type Shown = Extract<NewsroomAddress, { kind: 'release' | 'pack' }>

/**
 * Whether the release or pack an address names is public at `now`: the page's own read, so the
 * page that follows finds it in the newsroom's cache. Hidden and unknown end at the same query.
 */
export const isPublicAt = async (address: Shown, now: Date): Promise<boolean> => {
  const payload = await getPayload({ config })
  const found =
    address.kind === 'release'
      ? await loadReleasePage(payload, address.slug, address.locale, now)
      : await findPublicPack(payload, address.slug, address.locale, now)
  return found !== null
}

/**
 * What a release address answers when its page is not shown: the 410 of a release removed in
 * error, or the 301 of a superseded one (src/withdrawal/address.ts); null for the one 404.
 */
export const withdrawnAt = async (address: Shown, now: Date): Promise<WithdrawnAnswer | null> =>
  address.kind === 'release'
    ? withdrawnAnswer(await getPayload({ config }), address.slug, address.locale, now)
    : null

/** The emergency notice for the 404 page, in its language; none when it cannot be read. */
export const noticeFor = async (locale: Locale | null): Promise<EmergencyNotice | null> => {
  try {
    const shown = locale ?? defaultLocale
    return emergencyNotice(await loadOffice(await getPayload({ config }), shown), shown)
  } catch {
    return null
  }
}
