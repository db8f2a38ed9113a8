'use client'

import { Button, toast, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

import { fetchJson, formatWhen, useLang, useWords } from '../shared/i18n'
import { Notice } from '../shared/Notice'
import { SubmitForReviewButton } from './SubmitForReviewButton'
import { reviewChanged, useReview } from './useReview'

const post = (path: string, body?: unknown) =>
  fetchJson<{ message: string }>(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })

/** "Do poprawy": an editor returns a submitted text with a comment. */
const ReturnForm = ({ path }: { path: string }) => {
  const say = useWords()
  const [open, setOpen] = useState(false)
  const [comment, setComment] = useState('')
  if (!open)
    return (
      <Button buttonStyle="secondary" size="small" id="review-return" onClick={() => setOpen(true)}>
        {say('reviewReturned')}
      </Button>
    )
  const send = async () => {
    try {
      toast.success((await post(`${path}/return`, { comment })).message)
      setOpen(false)
      setComment('')
      reviewChanged()
    } catch (error) {
      toast.error((error as Error).message, { duration: 10_000 })
    }
  }
  return (
    <div style={{ marginTop: 8 }}>
      <label htmlFor="review-comment" style={{ display: 'block', marginBottom: 4 }}>
        {say('comment')}
      </label>
      <textarea
        id="review-comment"
        rows={3}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        style={{ width: '100%' }}
      />
      <Button buttonStyle="primary" size="small" id="review-return-send" onClick={send}>
        {say('reviewReturnSend')}
      </Button>{' '}
      <Button buttonStyle="secondary" size="small" onClick={() => setOpen(false)}>
        {say('cancel')}
      </Button>
    </div>
  )
}

/**
 * The review above the form: waiting for review or returned (with the staff's comments), a
 * publication made without a second pair of eyes and, for another editor, its approval. Shows
 * what GET …/:id/review decided; the buttons call the review endpoints.
 */
export const ReviewPanel = () => {
  const say = useWords()
  const lang = useLang()
  const { collectionSlug, id } = useDocumentInfo()
  const { view } = useReview()
  if (!view || !id) return null
  const path = `/${collectionSlug}/${id}`
  const { review, forcedPublication } = view
  const approve = async () => {
    try {
      toast.success((await post(`${path}/approve-forced`)).message)
      reviewChanged()
    } catch (error) {
      toast.error((error as Error).message, { duration: 10_000 })
    }
  }
  return (
    <div data-testid="review-panel" style={{ display: 'grid', gap: 12, marginBottom: 16 }}>
      {view.awaitsApproval && (
        <Notice tone="error" testId="review-forced">
          <strong>{say('reviewForced')}</strong>
          <div>
            {say('reviewForcedBy', {
              who: view.forcedByName ?? '',
              when: forcedPublication.at
                ? formatWhen(forcedPublication.at, lang, view.timeZone)
                : '',
              reason: forcedPublication.reason ?? '',
              interpolation: { escapeValue: false },
            })}
          </div>
          {view.mayApproveForced && (
            <Button buttonStyle="primary" size="small" id="review-approve-forced" onClick={approve}>
              {say('reviewApproveForced')}
            </Button>
          )}
        </Notice>
      )}
      {review.state === 'submitted' && (
        <Notice tone="warning" testId="review-waiting">
          <strong>{say('reviewWaiting')}</strong>
          {review.submittedAt && (
            <div>
              {say('reviewSubmittedBy', {
                who: view.submittedByName ?? '',
                when: formatWhen(review.submittedAt, lang, view.timeZone),
                interpolation: { escapeValue: false },
              })}
            </div>
          )}
          {view.mayPublish && !view.mustForce && <ReturnForm path={path} />}
        </Notice>
      )}
      {review.state === 'returned' && (
        <Notice tone="warning" testId="review-returned">
          <strong>{say('reviewReturned')}</strong>
        </Notice>
      )}
      {view.mustForce && review.state !== 'submitted' && (
        <Notice tone="info" testId="review-must-force">
          <div style={{ marginBottom: 8 }}>{say('reviewForceExplain')}</div>
          <SubmitForReviewButton buttonStyle="secondary" />
        </Notice>
      )}
      {view.comments.length > 0 && (
        <section data-testid="review-comments">
          <strong>{say('reviewThread')}</strong>
          <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
            {view.comments.map((c) => (
              <li key={c.id}>
                {formatWhen(c.at, lang, view.timeZone)}
                {c.author ? `, ${c.author}` : ''}
                {c.version ? ` (${say('reviewVersion', { version: c.version })})` : ''}: {c.comment}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
