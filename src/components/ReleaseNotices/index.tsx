'use client'

import { useDocumentInfo, useLocale } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { PublicationStatus } from '../../collections/PressReleases/hooks/readPublicationStatus'
import type { QuoteBlocker } from '../../lib/unapprovedQuotes'
import type { CustomKey } from '../../lib/translations'
import type { PressRelease, Quote } from '../../payload-types'
import { fetchJson, formatWhen, useLang, useWords } from '../shared/i18n'
import { Notice } from '../shared/Notice'

type Scheduled = {
  publishAt: string
  timeZone: string
  laterEditNotScheduled: boolean
  warning: string | null
  datelineWarning?: string | null
  blockers: QuoteBlocker[]
}

type Release = Pick<PressRelease, 'id' | 'quotes' | 'provisionalHeadline'> & {
  scheduledPublication?: Scheduled | null
  publicationStatus?: PublicationStatus | null
}

const quoteStatus: Record<Quote['status'], CustomKey> = {
  pending: 'quotePending',
  approved: 'value_approved',
  rejected: 'value_rejected',
}

const QuoteLine = ({ quote }: { quote: Quote }) => {
  const say = useWords()
  const speaker = typeof quote.speaker === 'object' ? quote.speaker?.name : null
  return (
    <li data-quote-status={quote.status}>
      „{quote.summary ?? quote.text}”{speaker ? ` (${speaker})` : ''} —{' '}
      <strong>{say(quoteStatus[quote.status])}</strong>
    </li>
  )
}

/**
 * Top of the release form: the scheduled publication and its warnings, and each cited quote with
 * its approval status. Read again after every save.
 */
export const ReleaseNotices = () => {
  const { id, savedDocumentData } = useDocumentInfo()
  const { code } = useLocale()
  const lang = useLang()
  const say = useWords()
  const [release, setRelease] = useState<Release | null>(null)
  const savedAt = (savedDocumentData as { updatedAt?: string } | undefined)?.updatedAt

  useEffect(() => {
    if (!id) return
    let live = true
    fetchJson<Release>(`/press-releases/${id}?depth=2&draft=true&locale=${code}`)
      .then((doc) => live && setRelease(doc))
      .catch(() => live && setRelease(null))
    return () => {
      live = false
    }
  }, [id, code, savedAt])

  if (!release) return null
  const scheduled = release.scheduledPublication
  const status = release.publicationStatus
  const quotes = (release.quotes ?? []).filter(
    (q): q is Quote => typeof q === 'object' && q !== null,
  )
  const unapproved = quotes.filter((q) => q.status !== 'approved')
  return (
    <div data-testid="release-notices">
      {release.provisionalHeadline ? (
        <Notice tone="warning" testId="provisional-headline">
          {say('provisionalHeadline')}
        </Notice>
      ) : null}
      {status ? (
        <Notice tone="info" testId="audience">
          {status.audience}
        </Notice>
      ) : null}
      {scheduled ? (
        <Notice
          tone={
            scheduled.warning || scheduled.datelineWarning || scheduled.blockers.length
              ? 'warning'
              : 'info'
          }
          testId="schedule-notice"
        >
          <div>
            {say('scheduledFor')}{' '}
            <strong>{formatWhen(scheduled.publishAt, lang, scheduled.timeZone)}</strong>
          </div>
          {scheduled.warning ? <div data-testid="later-edit">{scheduled.warning}</div> : null}
          {scheduled.datelineWarning ? (
            <div data-testid="dateline-after">{scheduled.datelineWarning}</div>
          ) : null}
          {scheduled.blockers.length ? (
            <div data-testid="schedule-blockers">
              {say('scheduleBlocked')}
              <ul style={{ margin: '4px 0 0 18px' }}>
                {scheduled.blockers.map((b) => (
                  <li key={b.id} data-quote-status={b.status}>
                    {b.message}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </Notice>
      ) : null}
      {quotes.length ? (
        <Notice tone={unapproved.length ? 'warning' : 'success'} testId="quote-statuses">
          {say('quotesInRelease')}
          <ul style={{ margin: '4px 0 0 18px' }}>
            {quotes.map((q) => (
              <QuoteLine key={q.id} quote={q} />
            ))}
          </ul>
          {unapproved.length ? <div style={{ marginTop: 4 }}>{say('unapprovedQuotes')}</div> : null}
        </Notice>
      ) : null}
    </div>
  )
}
