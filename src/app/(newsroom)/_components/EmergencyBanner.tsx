import React from 'react'

import type { EmergencyNotice } from '../../../crisis/emergency'
import type { Locale } from '../../../lib/locales'

import { siteWords } from '../../../newsroom/words'
import { EmergencyAnnouncer } from './EmergencyAnnouncer'

/**
 * The emergency notice at the top of a page: a landmark named by its heading. The page itself
 * never carries role="alert" (it would be read out on every page of a visit, and stored pages
 * are the same bytes for everyone); EmergencyAnnouncer alerts once per browser per notice.
 */
export const EmergencyBanner = ({
  notice,
  locale,
}: {
  notice: EmergencyNotice | null
  locale: Locale
}) => {
  if (!notice) return null
  return (
    <section
      className={`emergency emergency--${notice.kind}`}
      aria-labelledby="emergency-heading"
      data-testid="emergency-notice"
    >
      <div className="wrap emergency__body">
        <p className="emergency__kind">{notice.kindName}</p>
        <h2 id="emergency-heading" className="emergency__heading">
          {notice.heading}
        </h2>
        {notice.text && <p className="emergency__text">{notice.text}</p>}
        {notice.link && (
          <p className="emergency__more">
            <a href={notice.link}>{siteWords(locale).emergency.more}</a>
          </p>
        )}
      </div>
      <EmergencyAnnouncer
        since={notice.since}
        message={`${notice.kindName}: ${notice.heading}. ${notice.text}`}
      />
    </section>
  )
}
