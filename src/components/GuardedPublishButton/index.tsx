'use client'

import { PublishButton, toast, useFormFields } from '@payloadcms/ui'
import { type MouseEvent, useRef } from 'react'

import type { Quote } from '../../payload-types'
import { fetchJson, type Lang, useLang } from '../shared/i18n'

const idsOf = (value: unknown): (number | string)[] =>
  Array.isArray(value)
    ? value
        .map((v) => (typeof v === 'object' && v !== null ? (v as { id?: number | string }).id : v))
        .filter((v): v is number | string => typeof v === 'number' || typeof v === 'string')
    : []

const refusal = (quote: Quote, lang: Lang) => {
  const speaker = typeof quote.speaker === 'object' ? quote.speaker?.name : null
  const words = quote.text.length > 60 ? `${quote.text.slice(0, 59)}…` : quote.text
  const status =
    quote.status === 'rejected'
      ? lang === 'pl'
        ? 'został odrzucony'
        : 'was rejected'
      : lang === 'pl'
        ? 'czeka na zatwierdzenie'
        : 'is pending approval'
  return `${lang === 'pl' ? 'Nie można opublikować: cytat' : 'Cannot publish: the quote'} „${words}”${speaker ? ` (${speaker})` : ''} ${status}.`
}

/**
 * Payload's Publish button, checked first: a release citing an unapproved quote is not sent (the
 * server would refuse it anyway, with a message that does not say which quote) and the toast
 * names each quote instead.
 */
export const GuardedPublishButton = () => {
  const lang = useLang()
  const quotes = useFormFields(([fields]) => fields.quotes?.value)
  const checked = useRef(false)

  const onClickCapture = (event: MouseEvent<HTMLDivElement>) => {
    const button = (event.target as HTMLElement).closest('#action-save')
    if (!button || checked.current) {
      checked.current = false
      return
    }
    const ids = idsOf(quotes)
    if (ids.length === 0) return
    event.preventDefault()
    event.stopPropagation()
    const where = ids
      .map((id, i) => `where[id][in][${i}]=${encodeURIComponent(String(id))}`)
      .join('&')
    fetchJson<{ docs: Quote[] }>(`/quotes?${where}&depth=1&limit=${ids.length}`)
      .then(({ docs }) => {
        const blocking = docs.filter((q) => q.status !== 'approved')
        if (blocking.length === 0) {
          checked.current = true
          ;(button as HTMLButtonElement).click()
          return
        }
        for (const quote of blocking) toast.error(refusal(quote, lang), { duration: 10_000 })
      })
      .catch(() => {
        // Cannot check: let the server decide, as without this guard.
        checked.current = true
        ;(button as HTMLButtonElement).click()
      })
  }

  return (
    <div
      onClickCapture={onClickCapture}
      data-testid="guarded-publish"
      style={{ display: 'contents' }}
    >
      <PublishButton />
    </div>
  )
}
