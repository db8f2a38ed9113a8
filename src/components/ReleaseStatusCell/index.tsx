'use client'

import type { DefaultCellComponentProps } from 'payload'

import type { PublicationStatus } from '../../collections/PressReleases/hooks/readPublicationStatus'
import type { CustomKey } from '../../lib/translations'
import { formatWhen, useLang, useWords } from '../shared/i18n'

const words: Record<PublicationStatus['state'], CustomKey> = {
  draft: 'statusDraft',
  scheduled: 'statusScheduled',
  embargoed: 'statusEmbargoed',
  published: 'statusPublished',
}

const colours: Record<PublicationStatus['state'], string> = {
  draft: 'var(--theme-elevation-150)',
  scheduled: 'var(--theme-warning-150, #fde68a)',
  embargoed: 'var(--theme-error-150, #fecaca)',
  published: 'var(--theme-success-150, #bbf7d0)',
}

/** The releases list's status column: state, its date and time, and the written locales. */
export const ReleaseStatusCell = ({ cellData }: DefaultCellComponentProps) => {
  const lang = useLang()
  const say = useWords()
  const status = cellData as PublicationStatus | null
  if (!status?.state) return null
  const { state, at, embargoUntil, locales, timeZone } = status
  return (
    <span
      className="release-status"
      data-state={state}
      title={status.audience}
      style={{ display: 'inline-block' }}
    >
      <span
        style={{
          background: colours[state],
          borderRadius: 4,
          padding: '2px 6px',
          whiteSpace: 'nowrap',
        }}
      >
        {say(words[state])}
        {at ? ` ${formatWhen(at, lang, timeZone)}` : ''}
      </span>
      {status.unpublishedChanges ? (
        <span
          data-unpublished-changes
          style={{ display: 'block', fontSize: '0.85em', marginTop: 2 }}
        >
          {say('unpublishedChanges')}
        </span>
      ) : null}
      {status.review ? (
        <span
          data-review={status.review}
          style={{
            display: 'block',
            fontSize: '0.85em',
            marginTop: 2,
            fontWeight: 600,
          }}
        >
          {say(status.review === 'submitted' ? 'reviewWaiting' : 'reviewReturned')}
        </span>
      ) : null}
      {status.forced ? (
        <span data-forced style={{ display: 'block', fontSize: '0.85em', marginTop: 2 }}>
          {say('reviewForced')}
        </span>
      ) : null}
      {state === 'scheduled' && embargoUntil ? (
        <span style={{ display: 'block', fontSize: '0.85em', marginTop: 2 }}>
          {say('statusEmbargoed')} {formatWhen(embargoUntil, lang, timeZone)}
        </span>
      ) : null}
      {locales?.length ? (
        <span
          style={{
            display: 'block',
            fontSize: '0.8em',
            opacity: 0.7,
            marginTop: 2,
          }}
        >
          {locales.map((l) => l.toUpperCase()).join(' · ')}
        </span>
      ) : null}
    </span>
  )
}
