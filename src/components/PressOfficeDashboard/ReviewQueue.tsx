'use client'

import { useEffect, useState } from 'react'

import { fetchJson, formatWhen, useAdminUrl, useLang, useWords } from '../shared/i18n'

type Item = {
  collection: string
  id: number | string
  title: string
  who: string | null
  at: string | null
  reason?: string | null
}

type Queue = { timeZone: string; waiting: Item[]; forced: Item[] }

/** The dashboard's review: what waits for acceptance, and what went out without it. */
export const ReviewQueue = () => {
  const say = useWords()
  const lang = useLang()
  const adminUrl = useAdminUrl()
  const [queue, setQueue] = useState<Queue | null>(null)
  useEffect(() => {
    fetchJson<Queue>('/press-releases/review-queue')
      .then(setQueue)
      .catch(() => setQueue(null))
  }, [])
  if (!queue) return null
  const line = (item: Item, extra?: string) => (
    <li key={`${item.collection}-${item.id}`} style={{ marginBottom: 4 }}>
      <a href={adminUrl(`/collections/${item.collection}/${item.id}`)}>{item.title}</a>
      <span style={{ opacity: 0.75 }}>
        {item.at ? ` — ${formatWhen(item.at, lang, queue.timeZone)}` : ''}
        {item.who ? `, ${item.who}` : ''}
        {extra ? `: ${extra}` : ''}
      </span>
    </li>
  )
  return (
    <section data-testid="review-queue">
      <h3 style={{ margin: '0 0 8px' }}>{say('reviewWaiting')}</h3>
      {queue.waiting.length === 0 ? (
        <p style={{ opacity: 0.75 }}>{say('nothingWaiting')}</p>
      ) : (
        <ul data-testid="review-waiting-list" style={{ paddingLeft: 18, margin: 0 }}>
          {queue.waiting.map((item) => line(item))}
        </ul>
      )}
      {queue.forced.length > 0 && (
        <div data-testid="review-forced-list" style={{ marginTop: 12 }}>
          <h3 style={{ margin: '0 0 8px', color: 'var(--theme-error-500, #dc2626)' }}>
            {say('reviewForced')}
          </h3>
          <ul style={{ paddingLeft: 18, margin: 0 }}>
            {queue.forced.map((item) => line(item, item.reason ?? undefined))}
          </ul>
        </div>
      )}
    </section>
  )
}
