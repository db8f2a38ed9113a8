'use client'

import { Button, toast, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { AdminWordKey } from '../../lib/adminWords'
import type { DistributionPreview } from '../../distribution/preview'
import type { OutboxMessage } from '../../distribution/outbox'
import { preDeliveryWords } from '../../distribution/preDelivery'
import { hasOpenLink } from '../../access/openLink'
import { isReasonCode, reasonWord } from '../../distribution/reasons'
import { apiUrl, formatWhen, useCountWords, useLang, useWords } from '../shared/i18n'
import { Notice } from '../shared/Notice'
import { OfficeDateTimeInput } from '../OfficeDateTime/Input'

type Status = 'queued' | 'sending' | 'sent' | 'failed' | 'skipped'
type Row = {
  id: number | string
  journalist: { name: string; email: string; outlet: string | null } | number | string
  kind: 'publication' | 'pre-delivery' | 'urgent' | 'correction'
  status: Status
  reasonCode: string | null
  reasonDetail: string | null
  reason: string | null
  attempts: number
  sentAt: string | null
  revokedAt: string | null
  linkUses: { at: string; format: string }[]
}
type Deliveries = {
  counts: Record<Status | 'opened', number>
  deliveries: Row[]
  canSend: boolean
  /** "Send to everyone now": an editor, the emergency notice on, the release public. */
  canSendToEveryone: boolean
  /** "Wyślij sprostowanie": an update or correction that someone who got the release lacks. */
  canSendCorrection: boolean
}
type Mode = 'at-publication' | 'pre-delivery'

const statusWord: Record<Status, AdminWordKey> = {
  queued: 'distStatusQueued',
  sending: 'distStatusSending',
  sent: 'distStatusSent',
  failed: 'distStatusFailed',
  skipped: 'distStatusSkipped',
}

/** Our endpoints answer errors as Payload's do: {errors: [{message}]}. */
const call = async <T,>(path: string, init: RequestInit = {}): Promise<T> => {
  const res = await fetch(apiUrl(path), { credentials: 'include', ...init })
  const body = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(body?.errors?.[0]?.message ?? `HTTP ${res.status}`)
  return body as T
}
const post = <T,>(path: string, body?: unknown) =>
  call<T>(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  })

/** The next whole five minutes an hour from now, as the pre-delivery time first offered. */
const inAnHour = () =>
  new Date(Math.ceil((Date.now() + 3_600_000) / 300_000) * 300_000).toISOString()

const cell = { padding: '0.35rem 0.5rem', borderBottom: '1px solid var(--theme-elevation-150)' }
const box = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: '1rem 1.25rem',
  margin: '1.5rem 0',
}

/**
 * The "Dystrybucja / Distribution" panel on a release: pick lists and see who would get it (the
 * server counts), send at publication or ahead of the embargo, follow the deliveries live, see
 * every use of each personal link, and revoke one or all. Authors see it read-only; the server
 * refuses them anyway.
 */
/** `timeZone`: the office's, resolved on the server (Field.tsx), never the browser's. */
export const DistributionPanel = ({ timeZone }: { timeZone: string }) => {
  const { id } = useDocumentInfo()
  const say = useWords()
  const sayCount = useCountWords()
  const lang = useLang()
  const [lists, setLists] = useState<{ id: number | string; name: string }[]>([])
  const [chosen, setChosen] = useState<string[]>([])
  const [mode, setMode] = useState<Mode>('at-publication')
  const [at, setAt] = useState('')
  const [confirmingUrgent, setConfirmingUrgent] = useState(false)
  const [preview, setPreview] = useState<DistributionPreview | null>(null)
  const [data, setData] = useState<Deliveries | null>(null)
  const [outbox, setOutbox] = useState<OutboxMessage[] | null>(null)
  const [busy, setBusy] = useState(false)

  const refresh = useCallback(async () => {
    if (!id) return
    const [deliveries, box] = await Promise.all([
      call<Deliveries>(`/press-releases/${id}/deliveries`),
      call<{ outbox: OutboxMessage[] | null }>(`/press-releases/${id}/outbox`),
    ])
    setData(deliveries)
    setOutbox(box.outbox)
  }, [id])

  useEffect(() => {
    call<{ docs: { id: number | string; name: string }[] }>(
      '/mailing-lists?pagination=false&depth=0&sort=name',
    )
      .then((r) => setLists(r.docs))
      .catch(() => setLists([]))
  }, [])

  // Live counts: every few seconds while mail is on its way, now and then otherwise.
  const moving = Boolean(data && data.counts.queued + data.counts.sending > 0)
  useEffect(() => {
    void refresh().catch(() => undefined)
    const timer = setInterval(() => void refresh().catch(() => undefined), moving ? 3000 : 15000)
    return () => clearInterval(timer)
  }, [refresh, moving])

  useEffect(() => {
    if (!id) return
    const query = new URLSearchParams({ lists: chosen.join(','), mode })
    call<DistributionPreview>(`/press-releases/${id}/distribution-preview?${query}`)
      .then(setPreview)
      .catch((e: Error) => toast.error(e.message))
  }, [id, chosen, mode, data?.deliveries.length])

  if (!id) return <Notice tone="info">{say('distSaveFirst')}</Notice>

  const canSend = Boolean(data?.canSend)
  const preDeliveryOpen = preview !== null && preview.preDeliveryRefusal === null
  const when = (iso: string) => formatWhen(iso, lang, timeZone)

  const send = async () => {
    setBusy(true)
    try {
      const result = await post<{ recipients: number }>(`/press-releases/${id}/distribute`, {
        lists: chosen,
        mode,
        ...(mode === 'pre-delivery' && at ? { at } : {}),
      })
      toast.success(sayCount('distQueued', result.recipients))
      setChosen([])
      await refresh()
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const sendToEveryone = async () => {
    setConfirmingUrgent(false)
    setBusy(true)
    try {
      const result = await post<{ recipients: number }>(`/press-releases/${id}/send-to-everyone`)
      toast.success(sayCount('urgentQueued', result.recipients))
      await refresh()
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const sendCorrection = async () => {
    setBusy(true)
    try {
      const result = await post<{ recipients: number }>(`/press-releases/${id}/send-correction`)
      toast.success(sayCount('correctionSent', result.recipients))
      await refresh()
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const revoke = async (delivery: Row['id']) => {
    try {
      await post(`/deliveries/${delivery}/revoke`)
      toast.success(say('distRevokedCount', { count: 1 }))
      await refresh()
    } catch (e) {
      toast.error((e as Error).message)
    }
  }

  const revokeAll = async () => {
    if (!window.confirm(say('distRevokeAllConfirm'))) return
    try {
      const { revoked } = await post<{ revoked: number }>(`/press-releases/${id}/revoke-links`)
      toast.success(say('distRevokedCount', { count: revoked }))
      await refresh()
    } catch (e) {
      toast.error((e as Error).message)
    }
  }

  const counts = data?.counts
  return (
    <section style={box} data-testid="distribution-panel" aria-labelledby="distribution-title">
      <h3 id="distribution-title" style={{ marginTop: 0 }}>
        {say('distTitle')}
      </h3>

      {counts && (
        <p
          data-testid="distribution-counts"
          style={{ display: 'flex', gap: '1.25rem', flexWrap: 'wrap' }}
        >
          {(
            [
              ['sent', 'distSent'],
              ['failed', 'distFailed'],
              ['skipped', 'distSkipped'],
              ['opened', 'distOpened'],
              ['queued', 'distWaiting'],
            ] as const
          ).map(([key, word]) => (
            <span key={key} data-count={key}>
              {say(word)}: <strong>{counts[key] + (key === 'queued' ? counts.sending : 0)}</strong>
            </span>
          ))}
        </p>
      )}

      {data?.canSendCorrection && (
        <Notice tone="warning" testId="send-correction">
          {say('correctionSendHint')}{' '}
          <Button
            buttonStyle="primary"
            size="small"
            margin={false}
            disabled={busy}
            onClick={() => void sendCorrection()}
          >
            {say('correctionSend')}
          </Button>
        </Notice>
      )}
      {data?.canSendToEveryone && (
        <Notice tone="warning" testId="send-to-everyone">
          <strong>{say('urgentTitle')}</strong> — {say('urgentExplain')}{' '}
          {confirmingUrgent ? (
            <span
              data-testid="send-to-everyone-confirm"
              style={{ display: 'inline-flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}
            >
              <strong>{say('urgentConfirm')}</strong>
              <Button
                buttonStyle="primary"
                size="small"
                margin={false}
                disabled={busy}
                onClick={() => void sendToEveryone()}
              >
                {say('urgentSend')}
              </Button>
              <Button
                buttonStyle="secondary"
                size="small"
                margin={false}
                onClick={() => setConfirmingUrgent(false)}
              >
                {say('cancel')}
              </Button>
            </span>
          ) : (
            <Button
              buttonStyle="primary"
              size="small"
              margin={false}
              disabled={busy}
              onClick={() => setConfirmingUrgent(true)}
            >
              {say('urgentTitle')}
            </Button>
          )}
        </Notice>
      )}
      <fieldset disabled={!canSend || busy} style={{ border: 0, padding: 0, margin: '0 0 1rem' }}>
        {!canSend && data && <Notice tone="info">{say('distAuthorsReadOnly')}</Notice>}
        <p style={{ marginBottom: '0.25rem' }}>
          <strong>{say('distLists')}</strong>
        </p>
        {lists.length === 0 ? (
          <p>{say('distNoLists')}</p>
        ) : (
          lists.map((l) => (
            <label
              key={l.id}
              style={{ display: 'inline-flex', gap: '0.35rem', marginRight: '1rem' }}
            >
              <input
                type="checkbox"
                checked={chosen.includes(String(l.id))}
                onChange={(e) =>
                  setChosen((c) =>
                    e.target.checked ? [...c, String(l.id)] : c.filter((x) => x !== String(l.id)),
                  )
                }
              />
              {l.name}
            </label>
          ))
        )}
        <p style={{ marginBottom: '0.25rem' }}>
          <strong>{say('distMode')}</strong>
        </p>
        <label style={{ display: 'block' }}>
          <input
            type="radio"
            name="distribution-mode"
            checked={mode === 'at-publication'}
            onChange={() => setMode('at-publication')}
          />{' '}
          {say('distAtPublication')}
        </label>
        <label style={{ display: 'block', opacity: preDeliveryOpen ? 1 : 0.6 }}>
          <input
            type="radio"
            name="distribution-mode"
            disabled={!preDeliveryOpen}
            checked={mode === 'pre-delivery'}
            onChange={() => setMode('pre-delivery')}
          />{' '}
          {say('distPreDelivery')}
          {preview?.preDeliveryRefusal && (
            <small style={{ display: 'block', marginLeft: '1.5rem' }}>
              {say(preDeliveryWords[preview.preDeliveryRefusal])}
            </small>
          )}
        </label>
        {mode === 'pre-delivery' && (
          <p style={{ marginLeft: '1.5rem' }}>
            <label>
              <input type="radio" checked={!at} onChange={() => setAt('')} /> {say('distNow')}
            </label>{' '}
            <label>
              <input type="radio" checked={Boolean(at)} onChange={() => setAt(inAnHour())} />{' '}
              {say('distAt')}
            </label>{' '}
            {at && (
              <span style={{ display: 'inline-block', minWidth: '16rem', verticalAlign: 'middle' }}>
                <OfficeDateTimeInput
                  value={at}
                  onChange={(value) => setAt(value ?? '')}
                  timeZone={timeZone}
                />
              </span>
            )}
          </p>
        )}
        {preview && chosen.length > 0 && (
          <div data-testid="distribution-preview">
            <p style={{ margin: '0.5rem 0 0' }}>
              <strong>{say('distRecipients', { count: preview.recipients })}</strong>
              {preview.alreadyDelivered > 0 &&
                ` · ${say('distAlready', { count: preview.alreadyDelivered })}`}
            </p>
            {preview.skipped.length > 0 && (
              <ul style={{ margin: '0.25rem 0' }}>
                {preview.skipped.map((s) => (
                  <li key={s.reason}>
                    {say('distSkippedCount', { count: s.count })}:{' '}
                    {say(reasonWord[s.reasonCode], { detail: s.reasonDetail })}
                  </li>
                ))}
              </ul>
            )}
            {preview.notConfirmed.pending + preview.notConfirmed.unsubscribed > 0 && (
              <p style={{ margin: '0.25rem 0' }}>
                <small>{say('distNotConfirmed', preview.notConfirmed)}</small>
              </p>
            )}
          </div>
        )}
        <Button
          buttonStyle="primary"
          size="small"
          onClick={() => void send()}
          disabled={!canSend || busy || chosen.length === 0}
        >
          {say('distSend')}
        </Button>
      </fieldset>

      {data && data.deliveries.length === 0 && <p>{say('distNoDeliveries')}</p>}
      {data && data.deliveries.length > 0 && (
        <>
          <table style={{ width: '100%', borderCollapse: 'collapse' }} data-testid="deliveries">
            <thead>
              <tr style={{ textAlign: 'left' }}>
                <th style={cell}>{say('distJournalist')}</th>
                <th style={cell}>{say('distKind')}</th>
                <th style={cell}>{say('distStatus')}</th>
                <th style={cell}>{say('distUses')}</th>
                <th style={cell} />
              </tr>
            </thead>
            <tbody>
              {data.deliveries.map((d) => {
                const j = typeof d.journalist === 'object' ? d.journalist : null
                return (
                  <tr key={d.id} data-delivery={d.id}>
                    <td style={cell}>
                      {j ? (
                        <>
                          <strong>{j.name}</strong>
                          {j.outlet && ` (${j.outlet})`}
                          <br />
                          <small>{j.email}</small>
                        </>
                      ) : (
                        String(d.journalist)
                      )}
                    </td>
                    <td style={cell}>
                      {say(
                        d.kind === 'pre-delivery'
                          ? 'distKindPreDelivery'
                          : d.kind === 'correction'
                            ? 'distKindCorrection'
                            : 'distKindPublication',
                      )}
                    </td>
                    <td style={cell}>
                      {say(statusWord[d.status])}
                      {d.sentAt && <small> · {when(d.sentAt)}</small>}
                      {d.reason && (
                        <>
                          <br />
                          <small>
                            {/* Rows from before the codes have only the English sentence. */}
                            {isReasonCode(d.reasonCode)
                              ? say(reasonWord[d.reasonCode], {
                                  detail: d.reasonDetail,
                                  attempts: d.attempts,
                                })
                              : d.reason}
                          </small>
                        </>
                      )}
                    </td>
                    <td style={cell}>
                      {d.linkUses.length === 0 ? (
                        '—'
                      ) : (
                        <details>
                          <summary>{d.linkUses.length}</summary>
                          <ul style={{ margin: 0, paddingLeft: '1rem' }}>
                            {d.linkUses.map((u, i) => (
                              <li key={i}>
                                {when(u.at)} · {u.format}
                              </li>
                            ))}
                          </ul>
                        </details>
                      )}
                    </td>
                    <td style={cell}>
                      {d.revokedAt ? (
                        <small>{say('distRevoked', { when: when(d.revokedAt) })}</small>
                      ) : (
                        canSend &&
                        hasOpenLink(d) && (
                          <Button
                            buttonStyle="secondary"
                            size="small"
                            onClick={() => void revoke(d.id)}
                          >
                            {say('distRevoke')}
                          </Button>
                        )
                      )}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
          {canSend && data.deliveries.some(hasOpenLink) && (
            <Button buttonStyle="secondary" size="small" onClick={() => void revokeAll()}>
              {say('distRevokeAll')}
            </Button>
          )}
        </>
      )}

      {outbox && (
        <details style={{ marginTop: '1rem' }} data-testid="outbox" open={outbox.length > 0}>
          <summary>
            <strong>{say('distOutbox')}</strong> ({outbox.length})
          </summary>
          <p>
            <small>{say('distOutboxHint')}</small>
          </p>
          {outbox.length === 0 ? (
            <p>{say('distOutboxEmpty')}</p>
          ) : (
            <table style={{ width: '100%', borderCollapse: 'collapse' }}>
              <thead>
                <tr style={{ textAlign: 'left' }}>
                  <th style={cell}>{say('distTime')}</th>
                  <th style={cell}>{say('distTo')}</th>
                  <th style={cell}>{say('distSubject')}</th>
                </tr>
              </thead>
              <tbody>
                {outbox.map((m) => (
                  <tr key={m.file} title={m.file}>
                    <td style={cell}>{m.date ? when(m.date) : '—'}</td>
                    <td style={cell}>{m.to}</td>
                    <td style={cell}>{m.subject}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </details>
      )}
    </section>
  )
}
