'use client'

import { Button, toast, useAuth } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { Quote, User } from '../../payload-types'
import { fetchJson, type Lang } from '../shared/i18n'

const pendingQuery = '/quotes?where[status][equals]=pending&depth=1&limit=20&sort=createdAt'
export const pendingListUrl = '/admin/collections/quotes?where[status][equals]=pending'

const QuoteReview = ({ quote, lang, onDone }: { quote: Quote; lang: Lang; onDone: () => void }) => {
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
      toast.success(
        decision === 'approved'
          ? lang === 'pl'
            ? 'Cytat zatwierdzony'
            : 'Quote approved'
          : lang === 'pl'
            ? 'Cytat odrzucony'
            : 'Quote rejected',
      )
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
          aria-label={lang === 'pl' ? 'Komentarz' : 'Comment'}
          placeholder={lang === 'pl' ? 'Komentarz (opcjonalnie)' : 'Comment (optional)'}
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
          {lang === 'pl' ? 'Zatwierdź' : 'Approve'}
        </Button>
        <Button
          size="small"
          margin={false}
          buttonStyle="secondary"
          disabled={busy}
          onClick={() => review('rejected')}
          extraButtonProps={{ 'data-decision': 'rejected' }}
        >
          {lang === 'pl' ? 'Odrzuć' : 'Reject'}
        </Button>
      </div>
    </li>
  )
}

/** Quotes waiting for approval: approvers decide here; others see how many wait. */
export const QuoteReviews = ({ lang }: { lang: Lang }) => {
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
        {lang === 'pl' ? 'Cytaty do zatwierdzenia' : 'Quotes awaiting approval'} ({quotes.length})
        {quotes.length > 0 ? (
          <a
            href={pendingListUrl}
            style={{ fontSize: '0.6em', fontWeight: 'normal', marginLeft: 12 }}
          >
            {lang === 'pl' ? 'lista' : 'list'}
          </a>
        ) : null}
      </h3>
      {quotes.length === 0 ? (
        <p style={{ opacity: 0.75 }}>{lang === 'pl' ? 'Nic nie czeka.' : 'Nothing is waiting.'}</p>
      ) : approver ? (
        <ul style={{ padding: 0, margin: 0 }}>
          {quotes.map((q) => (
            <QuoteReview key={q.id} quote={q} lang={lang} onDone={load} />
          ))}
        </ul>
      ) : (
        <p>
          {lang === 'pl'
            ? 'Zatwierdza je osoba z uprawnieniem „Zatwierdza cytaty”.'
            : 'Someone with "Approves quotes" decides on them.'}
        </p>
      )}
    </section>
  )
}
