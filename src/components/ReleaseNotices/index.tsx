'use client'

import { useDocumentInfo, useLocale } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { PressRelease, Quote } from '../../payload-types'
import { fetchJson, formatWhen, type Lang, type Text, useLang } from '../shared/i18n'
import { Notice } from '../shared/Notice'

type Scheduled = {
  publishAt: string
  laterEditNotScheduled: boolean
  warning: string | null
  blockers: string[]
}

type Release = Pick<PressRelease, 'id' | 'quotes'> & { scheduledPublication?: Scheduled | null }

const quoteStatus: Record<string, Text> = {
  pending: { pl: 'czeka na zatwierdzenie', en: 'pending approval' },
  approved: { pl: 'zatwierdzony', en: 'approved' },
  rejected: { pl: 'odrzucony', en: 'rejected' },
}

const t = {
  scheduled: { pl: 'Zaplanowana publikacja:', en: 'Scheduled publication:' },
  laterEdit: {
    pl: 'Zmiany zapisane po zaplanowaniu nie wejdą do zaplanowanej publikacji: zostanie opublikowana zaplanowana wersja, a te zmiany pozostaną szkicem. Zaplanuj ponownie, aby je uwzględnić.',
    en: 'Edits saved after scheduling are not part of the scheduled publication: the scheduled version goes out and these edits stay a draft. Schedule again to include them.',
  },
  blocked: {
    pl: 'Zaplanowana publikacja się nie uda, dopóki cytaty nie zostaną zatwierdzone:',
    en: 'The scheduled publication will fail until these quotes are approved:',
  },
  quotes: { pl: 'Cytaty w tej informacji:', en: 'Quotes in this release:' },
  unapproved: {
    pl: 'Nie można opublikować, dopóki wszystkie cytaty nie są zatwierdzone.',
    en: 'It cannot be published until every quote is approved.',
  },
} satisfies Record<string, Text>

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text)

const QuoteLine = ({ quote, lang }: { quote: Quote; lang: Lang }) => {
  const speaker = typeof quote.speaker === 'object' ? quote.speaker?.name : null
  return (
    <li data-quote-status={quote.status}>
      „{short(quote.text)}”{speaker ? ` (${speaker})` : ''} —{' '}
      <strong>{quoteStatus[quote.status ?? 'pending']?.[lang] ?? quote.status}</strong>
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
  const quotes = (release.quotes ?? []).filter(
    (q): q is Quote => typeof q === 'object' && q !== null,
  )
  const unapproved = quotes.filter((q) => q.status !== 'approved')
  return (
    <div data-testid="release-notices">
      {scheduled ? (
        <Notice
          tone={scheduled.laterEditNotScheduled || scheduled.blockers.length ? 'warning' : 'info'}
          testId="schedule-notice"
        >
          <div>
            {t.scheduled[lang]} <strong>{formatWhen(scheduled.publishAt, lang)}</strong>
          </div>
          {scheduled.laterEditNotScheduled ? (
            <div data-testid="later-edit">{t.laterEdit[lang]}</div>
          ) : null}
          {scheduled.blockers.length ? (
            <div data-testid="schedule-blockers">
              {t.blocked[lang]}
              <ul style={{ margin: '4px 0 0 18px' }}>
                {/* The server's blockers are English sentences; the quotes say the same per language. */}
                {unapproved.length
                  ? unapproved.map((q) => <QuoteLine key={q.id} quote={q} lang={lang} />)
                  : scheduled.blockers.map((b) => <li key={b}>{b}</li>)}
              </ul>
            </div>
          ) : null}
        </Notice>
      ) : null}
      {quotes.length ? (
        <Notice tone={unapproved.length ? 'warning' : 'success'} testId="quote-statuses">
          {t.quotes[lang]}
          <ul style={{ margin: '4px 0 0 18px' }}>
            {quotes.map((q) => (
              <QuoteLine key={q.id} quote={q} lang={lang} />
            ))}
          </ul>
          {unapproved.length ? <div style={{ marginTop: 4 }}>{t.unapproved[lang]}</div> : null}
        </Notice>
      ) : null}
    </div>
  )
}
