import React from 'react'

import type { Locale } from '../../../lib/locales'
import type { PressRelease } from '../../../payload-types'

import { releasePublicSince } from '../../../access/visibility'
import { formatDate } from '../../../generator/dates'
import { imageOf } from '../../../newsroom/releases'
import { officeZone } from './payload'

type Card = Pick<
  PressRelease,
  | 'headline'
  | 'lead'
  | 'slug'
  | 'date'
  | '_status'
  | 'embargoUntil'
  | 'firstPublishedAt'
  | 'topics'
  | 'media'
> & {
  /** The language the headline and lead are in, when not the list's (src/newsroom/releases.ts). */
  shownLocale?: Locale
}

/** One release in a list: date, headline, lead, topic chips, thumbnail; a notice above them. */
export const ReleaseCard = async ({
  release,
  locale,
  lead,
  notice,
}: {
  release: Card
  locale: Locale
  lead?: React.ReactNode
  notice?: string | null
}) => {
  const zone = await officeZone(locale)
  const thumb = imageOf(release.media?.[0])
  const since = releasePublicSince(release)
  return (
    <li className={thumb ? 'release-card release-card--thumb' : 'release-card'}>
      {thumb && (
        <img className="release-card__thumb" src={thumb.src} alt={thumb.alt} loading="lazy" />
      )}
      <div>
        {since && (
          <time className="meta" dateTime={since}>
            {formatDate(since, locale, zone)}
          </time>
        )}
        {notice && (
          <p className="withdrawal-notice" role="note">
            {notice}
          </p>
        )}
        <div
          lang={
            release.shownLocale && release.shownLocale !== locale ? release.shownLocale : undefined
          }
        >
          <h2>
            <a href={`/${locale}/${release.slug}`}>{release.headline}</a>
          </h2>
          {lead ?? (release.lead && <p>{release.lead}</p>)}
        </div>
        {release.topics?.length ? (
          <ul className="chips">
            {release.topics.map((t) => (
              <li key={t}>
                <a href={`/${locale}?topic=${encodeURIComponent(t)}`}>{t}</a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </li>
  )
}
