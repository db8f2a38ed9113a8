'use client'

import type { CustomKey } from '../../lib/translations'
import { formatWhen, type Lang, useAdminUrl, useLang, useWords } from '../shared/i18n'
import { useScheduleHealth } from '../shared/useScheduleHealth'
import { QuoteReviews } from './QuoteReviews'
import { ReviewQueue } from './ReviewQueue'

type Upcoming = {
  key: string
  kind: 'publish' | 'embargo'
  releaseId: number | string | null
  headline: string | null
  at: string
}

const kinds: Record<Upcoming['kind'], CustomKey> = {
  publish: 'kindPublish',
  embargo: 'kindEmbargo',
}

const UpcomingList = ({ lang }: { lang: Lang }) => {
  const health = useScheduleHealth()
  const say = useWords()
  const adminUrl = useAdminUrl()
  if (!health) return null
  const items: Upcoming[] = [
    ...health.upcoming.map((e) => ({ key: `j${e.jobId}`, kind: 'publish' as const, ...e })),
    ...health.embargoLifts.map((e) => ({ key: `e${e.releaseId}`, kind: 'embargo' as const, ...e })),
  ].sort((a, b) => a.at.localeCompare(b.at))
  return (
    <section data-testid="upcoming">
      <h3 style={{ margin: '0 0 8px' }}>
        {say('upcomingTitle')}
        <span style={{ fontWeight: 'normal', fontSize: '0.8em', opacity: 0.7 }}>
          {' '}
          ({health.timeZone})
        </span>
      </h3>
      {items.length === 0 ? (
        <p style={{ opacity: 0.75 }}>{say('nothingScheduled')}</p>
      ) : (
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          <tbody>
            {items.map((item) => (
              <tr
                key={item.key}
                data-kind={item.kind}
                style={{ borderTop: '1px solid var(--theme-elevation-100)' }}
              >
                <td style={{ padding: '6px 8px 6px 0', whiteSpace: 'nowrap' }}>
                  {formatWhen(item.at, lang, health.timeZone)}
                </td>
                <td style={{ padding: '6px 8px', whiteSpace: 'nowrap', opacity: 0.8 }}>
                  {say(kinds[item.kind])}
                </td>
                <td style={{ padding: '6px 0' }}>
                  <a href={adminUrl(`/collections/press-releases/${item.releaseId}`)}>
                    {item.headline ?? `#${item.releaseId}`}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

/** The press officer's day at a glance, above Payload's collection cards. */
export const PressOfficeDashboard = () => {
  const lang = useLang()
  return (
    <div
      data-testid="press-office-dashboard"
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fit, minmax(340px, 1fr))',
        gap: 32,
        marginBottom: 32,
      }}
    >
      <UpcomingList lang={lang} />
      <ReviewQueue />
      <QuoteReviews />
    </div>
  )
}
