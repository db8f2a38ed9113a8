'use client'

import { Button, toast, useAuth } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { QuoteAwaitingReview } from '../../collections/Quotes/endpoints/awaitingReview'
import type { User } from '../../payload-types'
import { canApproveQuotes } from '../../access/roles'
import { localeNames } from '../../lib/locales'
import { fetchJson, useAdminUrl, useWords } from '../shared/i18n'

const pendingListPath = '/collections/quotes?where[status][equals]=pending'

/** The language a text is shown in, by its code, named in its own language on hover. */
const LanguageMark = ({ locale }: { locale: keyof typeof localeNames }) => (
  <abbr
    title={localeNames[locale]}
    data-testid="quote-language"
    style={{
      fontStyle: 'normal',
      fontSize: '0.75em',
      fontWeight: 600,
      marginRight: 6,
      textDecoration: 'none',
    }}
  >
    {locale.toUpperCase()}
  </abbr>
)

const QuoteReview = ({ quote, onDone }: { quote: QuoteAwaitingReview; onDone: () => void }) => {
  const say = useWords()
  const adminUrl = useAdminUrl()
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const review = async (decision: 'approved' | 'rejected') => {
    setBusy(true)
    try {
      await fetchJson(`/quotes/${quote.id}/review`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ decision, comment }),
      })
      toast.success(say(decision === 'approved' ? 'quoteApprovedToast' : 'quoteRejectedToast'))
      onDone()
    } catch (error) {
      toast.error((error as Error).message)
      setBusy(false)
    }
  }
  return (
    <li
      data-testid="quote-review"
      data-quote-id={quote.id}
      style={{ marginBottom: 14, listStyle: 'none' }}
    >
      {quote.texts.map(({ locale, text }) => (
        <blockquote key={locale} style={{ margin: '0 0 4px' }}>
          <LanguageMark locale={locale} />
          <q lang={locale} style={{ fontStyle: 'italic', quotes: '"„" "”"' }}>
            {text}
          </q>
        </blockquote>
      ))}
      <div style={{ opacity: 0.75, marginBottom: 4 }}>
        {quote.speaker ?? ''}
        {quote.context ? <span lang={quote.context.locale}> · {quote.context.text}</span> : null}
      </div>
      <div data-testid="quote-cited-by" style={{ marginBottom: 6, fontSize: '0.9em' }}>
        {quote.citedBy.length === 0 ? (
          say('quoteNotCited')
        ) : (
          <>
            {say('quoteCitedIn')}{' '}
            {quote.citedBy.map((release, i) => (
              <span key={release.id}>
                {i > 0 ? ', ' : ''}
                <a
                  href={adminUrl(`/collections/press-releases/${release.id}`)}
                  lang={release.headline?.locale}
                >
                  {release.headline?.text ?? `#${release.id}`}
                </a>
              </span>
            ))}
          </>
        )}
      </div>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <input
          aria-label={say('comment')}
          placeholder={say('commentOptional')}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          style={{
            flex: '1 1 220px',
            padding: '6px 8px',
            border: '1px solid var(--theme-elevation-150)',
            borderRadius: 4,
            background: 'var(--theme-input-bg)',
            color: 'var(--theme-text)',
          }}
        />
        <Button
          size="small"
          margin={false}
          disabled={busy}
          onClick={() => review('approved')}
          extraButtonProps={{ 'data-decision': 'approved' }}
        >
          {say('approve')}
        </Button>
        <Button
          size="small"
          margin={false}
          buttonStyle="secondary"
          disabled={busy}
          onClick={() => review('rejected')}
          extraButtonProps={{ 'data-decision': 'rejected' }}
        >
          {say('reject')}
        </Button>
      </div>
    </li>
  )
}

/** Quotes waiting for approval: approvers decide here; others see how many wait. */
export const QuoteReviews = () => {
  const say = useWords()
  const adminUrl = useAdminUrl()
  const { user } = useAuth<User>()
  const [quotes, setQuotes] = useState<QuoteAwaitingReview[] | null>(null)
  const [total, setTotal] = useState(0)
  const load = useCallback(() => {
    fetchJson<{ quotes: QuoteAwaitingReview[]; totalDocs: number }>('/quotes/awaiting-review')
      .then((found) => {
        setQuotes(found.quotes)
        setTotal(found.totalDocs)
      })
      .catch(() => setQuotes([]))
  }, [])
  useEffect(load, [load])
  if (!quotes) return null
  const approver = canApproveQuotes(user)
  return (
    <section data-testid="quote-reviews">
      <h3 style={{ margin: '0 0 8px' }}>
        {say('quotesAwaiting')} ({total})
        {quotes.length > 0 ? (
          <a
            href={adminUrl(pendingListPath)}
            style={{ fontSize: '0.6em', fontWeight: 'normal', marginLeft: 12 }}
          >
            {say('quotesList')}
          </a>
        ) : null}
      </h3>
      {quotes.length === 0 ? (
        <p style={{ opacity: 0.75 }}>{say('nothingWaiting')}</p>
      ) : approver ? (
        <ul style={{ padding: 0, margin: 0 }}>
          {quotes.map((q) => (
            <QuoteReview key={q.id} quote={q} onDone={load} />
          ))}
        </ul>
      ) : (
        <p>{say('whoApproves')}</p>
      )}
    </section>
  )
}
