import type { Payload } from 'payload'

import type { LoadedRelease } from '../generator/release'
import type { Delivery, Journalist } from '../payload-types'

import { isReleaseOutAt, isReleaseReadableAt } from '../access/visibility'
import { loadOffice, loadRelease, mediaDir } from '../generator/loadRelease'
import { noteDatabaseFailure } from '../lib/databaseHealth'
import { isLocale, type Locale } from '../lib/locales'
import { isDatabaseUnavailable } from '../lib/unavailable'
import { publicBaseUrl, releaseUrl } from '../newsroom/publicUrl'
import type { LinkFormat } from './linkFormats'
import { recordLinkUse } from './linkUses'
import { mailLabels } from './message'
import { tokenFitsRow, verifyToken } from './token'

export { isLinkFormat, linkFormats, type LinkFormat } from './linkFormats'

/** What a personal link opens: the journalist's stamped copy, or (after the lift) the public one. */
export type PersonalLink =
  | { kind: 'copy'; loaded: LoadedRelease & { preparedFor: string }; delivery: Delivery }
  | { kind: 'public'; location: string }

/** "Przygotowano dla: Jan Kowalski (Gazeta Krakowska)", in the copy's language. */
export const preparedFor = (
  journalist: Pick<Journalist, 'name' | 'outlet'>,
  locale: Locale,
): string =>
  `${mailLabels(locale).preparedFor}: ${journalist.name}${journalist.outlet ? ` (${journalist.outlet})` : ''}`

/** The public address of what a link opened before the lift: the newsroom page or the export. */
export const publicLocation = (slug: string, locale: Locale, format: LinkFormat): string =>
  format === 'page'
    ? releaseUrl(locale, slug)
    : `${publicBaseUrl()}/api/press-releases/${encodeURIComponent(slug)}/${format}?locale=${locale}`

const idOf = (value: number | string | { id: number | string }) =>
  typeof value === 'object' ? value.id : value

/** A lookup that finds nothing opens nothing; a database that does not answer is an outage. */
const nothingUnlessOutage = (error: unknown): null => {
  if (isDatabaseUnavailable(error)) throw error
  return null
}

/**
 * Logs the use, but a row that cannot be written does not cost the journalist the copy the token
 * and the reads have already opened: the log only counts opens for the office, nothing is allowed
 * or refused by it. The lost use is in the server log, with its delivery.
 */
const logUse = async (payload: Payload, delivery: Delivery, format: LinkFormat, now: Date) => {
  try {
    await recordLinkUse(payload, delivery, format, now)
  } catch (error) {
    if (isDatabaseUnavailable(error)) noteDatabaseFailure()
    payload.logger.error(
      { err: error },
      `Personal link of delivery ${delivery.id} opened (${format}) at ${now.toISOString()}; the use was not logged`,
    )
  }
}

/**
 * Opens a personal link at `now`, and logs the use. Before the embargo lifts, the token (and
 * only the token) opens that journalist's copy of the published release, stamped with their name;
 * once the public may read the release, the link leads to the public page. A revoked, expired,
 * forged or unknown token, or a release that is no longer published, gives null: the one 404,
 * whatever the reason. A database that does not answer is thrown (a 503), never a 404.
 */
export const openPersonalLink = async (
  payload: Payload,
  token: string,
  format: LinkFormat,
  now: Date = new Date(),
): Promise<PersonalLink | null> => {
  const claims = verifyToken('link', token, now)
  if (!claims) return null
  const delivery = await payload
    .findByID({ collection: 'deliveries', id: claims.subject, depth: 0, overrideAccess: true })
    .catch(nothingUnlessOutage)
  if (!delivery || !tokenFitsRow('link', claims, delivery)) return null
  if (delivery.revokedAt || !isLocale(delivery.locale)) return null
  const locale = delivery.locale
  const [release, journalist] = await Promise.all([
    loadRelease(payload, idOf(delivery.release), { locale, overrideAccess: true }).catch(
      nothingUnlessOutage,
    ),
    payload
      .findByID({
        collection: 'journalists',
        id: idOf(delivery.journalist),
        depth: 0,
        overrideAccess: true,
      })
      .catch(nothingUnlessOutage),
  ])
  if (!release || !journalist) return null
  // Once out, the link follows the public address, which answers for a withdrawal (410, 301, notice).
  if (isReleaseOutAt(release, now)) {
    await logUse(payload, delivery, format, now)
    return {
      kind: 'public',
      location: publicLocation(release.slug ?? String(release.id), locale, format),
    }
  }
  // Before the embargo lifts, a release removed or superseded has no copy to give.
  if (!isReleaseReadableAt({ ...release, embargoUntil: null }, now)) return null
  const office = await loadOffice(payload, locale)
  // Logged once everything the copy needs has been read: a use is a copy served.
  await logUse(payload, delivery, format, now)
  return {
    kind: 'copy',
    delivery,
    loaded: {
      release,
      office,
      locale,
      draft: false,
      mediaDir: mediaDir(payload),
      preparedFor: preparedFor(journalist, locale),
    },
  }
}
