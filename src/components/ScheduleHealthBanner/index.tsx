'use client'

import { Gutter } from '@payloadcms/ui'

import type { ScheduleEntry } from '../../collections/PressReleases/endpoints/scheduleHealth'
import { formatWhen, type Lang, useAdminUrl, useLang, useWords } from '../shared/i18n'
import { Notice } from '../shared/Notice'
import { useScheduleHealth } from '../shared/useScheduleHealth'

const Entry = ({
  entry,
  lang,
  timeZone,
}: {
  entry: ScheduleEntry
  lang: Lang
  timeZone: string
}) => {
  const adminUrl = useAdminUrl()
  return (
    <li>
      {entry.releaseId !== null ? (
        <a href={adminUrl(`/collections/press-releases/${entry.releaseId}`)}>
          {entry.headline ?? `#${entry.releaseId}`}
        </a>
      ) : (
        `#${entry.jobId}`
      )}{' '}
      — {formatWhen(entry.at, lang, timeZone)}
      {entry.error ? `: ${entry.error}` : ''}
    </li>
  )
}

/**
 * Shown on the dashboard and the releases list when scheduled publications are late (nothing runs
 * the queue) or failed, so a release is never silently late. Once the schedule is loaded an
 * element marks the state, "on-time" included, so "nothing late" can be told from "not loaded yet".
 */
export const ScheduleHealthBanner = ({ gutter = false }: { gutter?: boolean }) => {
  const lang = useLang()
  const say = useWords()
  const health = useScheduleHealth()
  if (!health) return null
  const { overdue, failed, timeZone } = health
  if (overdue.length === 0 && failed.length === 0) {
    return <div data-testid="schedule-health" data-state="on-time" hidden />
  }
  const banner = (
    <div
      data-testid="schedule-health"
      data-state="late"
      style={{ marginTop: gutter ? 16 : 0, marginBottom: 16 }}
    >
      {overdue.length ? (
        <Notice tone="error" testId="schedule-overdue">
          <strong>{say('overdueTitle')}</strong> {say('overdueHint')}
          <ul style={{ margin: '4px 0 0 18px' }}>
            {overdue.map((e) => (
              <Entry key={e.jobId} entry={e} lang={lang} timeZone={timeZone} />
            ))}
          </ul>
        </Notice>
      ) : null}
      {failed.length ? (
        <Notice tone="error" testId="schedule-failed">
          <strong>{say('failedTitle')}</strong>
          <ul style={{ margin: '4px 0 0 18px' }}>
            {failed.map((e) => (
              <Entry key={e.jobId} entry={e} lang={lang} timeZone={timeZone} />
            ))}
          </ul>
        </Notice>
      ) : null}
    </div>
  )
  return gutter ? <Gutter>{banner}</Gutter> : banner
}

/** The same banner inside the list view's margins. */
export const ScheduleHealthListBanner = () => <ScheduleHealthBanner gutter />
