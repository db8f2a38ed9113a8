'use client'

import { Button, toast, useAuth } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { Quote, User } from '../../payload-types'
import { fetchJson, useAdminUrl, useWords } from '../shared/i18n'

const pendingQuery = '/quotes?where[status][equals]=pending&depth=1&limit=20&sort=createdAt'
const pendingListPath = '/collections/quotes?where[status][equals]=pending'

const QuoteReview = ({ quote, onDone }: { quote: Quote; onDone: () => void }) => {
  const say = useWords()
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const speaker = typeof quote.speaker === 'object' ? quote.speaker?.name : null
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
      <blockquote style={{ margin: '0 0 4px', fontStyle: 'italic' }}>„{quote.text}”</blockquote>
      <div style={{ opacity: 0.75, marginBottom: 6 }}>
        {speaker ?? ''}
        {quote.context ? ` · ${quote.context}` : ''}
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
  const [quotes, setQuotes] = useState<Quote[] | null>(null)
  const load = useCallback(() => {
    fetchJson<{ docs: Quote[] }>(pendingQuery)
      .then(({ docs }) => setQuotes(docs))
      .catch(() => setQuotes([]))
  }, [])
  useEffect(load, [load])
  if (!quotes) return null
  const approver = Boolean(user?.approver)
  return (
    <section data-testid="quote-reviews">
      <h3 style={{ margin: '0 0 8px' }}>
        {say('quotesAwaiting')} ({quotes.length})
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
