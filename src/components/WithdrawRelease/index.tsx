'use client'

import { Button, Drawer, toast, useAuth, useDocumentInfo, useModal } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'

import type { PressRelease, User } from '../../payload-types'

import { canPublish } from '../../access/roles'
import { localeNames, locales } from '../../lib/locales'
import { fetchJson, useWords } from '../shared/i18n'

type Reason = 'error' | 'superseded' | 'withdrawn'

const reasons: {
  value: Reason
  label: 'withdrawChoiceError' | 'withdrawChoiceSuperseded' | 'withdrawChoiceWithdrawn'
  hint: 'withdrawChoiceErrorHint' | 'withdrawChoiceSupersededHint' | 'withdrawChoiceWithdrawnHint'
}[] = [
  { value: 'error', label: 'withdrawChoiceError', hint: 'withdrawChoiceErrorHint' },
  { value: 'superseded', label: 'withdrawChoiceSuperseded', hint: 'withdrawChoiceSupersededHint' },
  { value: 'withdrawn', label: 'withdrawChoiceWithdrawn', hint: 'withdrawChoiceWithdrawnHint' },
]

const drawerSlug = (id: number | string | undefined) => `pressroom-withdraw-${id ?? 'new'}`

// Payload's own "Unpublish" beside the status: for a published release, withdrawing replaces it.
const noBareUnpublish = '.doc-controls .status__action { display: none !important; }'

type Candidate = Pick<PressRelease, 'id' | 'headline' | 'slug'>

/**
 * "Wycofaj…" on a published release, for editors: the drawer with the three choices, the
 * explanation per language and the release that replaces it; "Przywróć" once withdrawn. The
 * server decides (POST …/withdraw, …/unwithdraw) and its refusal is the toast.
 */
export const WithdrawRelease = () => {
  const { user } = useAuth<User>()
  const { id, hasPublishedDoc, savedDocumentData } = useDocumentInfo()
  const { openModal, closeModal } = useModal()
  const router = useRouter()
  const say = useWords()
  const [reason, setReason] = useState<Reason>('withdrawn')
  const [notes, setNotes] = useState<Record<string, string>>({})
  const [target, setTarget] = useState('')
  const [candidates, setCandidates] = useState<Candidate[]>([])
  const [busy, setBusy] = useState(false)
  const state = (savedDocumentData as PressRelease | undefined)?.withdrawal?.state ?? 'none'

  useEffect(() => {
    if (reason !== 'superseded' || candidates.length) return
    fetchJson<{ docs: Candidate[] }>(
      `/press-releases?where[_status][equals]=published&where[withdrawal.state][equals]=none&where[id][not_equals]=${id}&limit=100&depth=0&sort=-updatedAt&select[headline]=true&select[slug]=true`,
    )
      .then(({ docs }) => setCandidates(docs))
      .catch(() => setCandidates([]))
  }, [reason, candidates.length, id])

  if (!id || !hasPublishedDoc || !canPublish(user)) return null

  const send = async (path: 'withdraw' | 'unwithdraw', body?: unknown) => {
    setBusy(true)
    try {
      const done = await fetchJson<{ message: string }>(`/press-releases/${id}/${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body ?? {}),
      })
      toast.success(done.message)
      closeModal(drawerSlug(id))
      router.refresh()
    } catch (error) {
      toast.error((error as Error).message, { duration: 10_000 })
    } finally {
      setBusy(false)
    }
  }

  if (state !== 'none')
    return (
      <>
        <style>{noBareUnpublish}</style>
        <Button
          buttonStyle="secondary"
          size="medium"
          disabled={busy}
          onClick={() => send('unwithdraw')}
          id="action-unwithdraw"
        >
          {say('unwithdrawButton')}
        </Button>
      </>
    )

  const field = `withdraw-${id}-reason`
  return (
    <>
      <style>{noBareUnpublish}</style>
      <Button
        buttonStyle="secondary"
        size="medium"
        onClick={() => openModal(drawerSlug(id))}
        id="action-withdraw"
      >
        {say('withdrawButton')}
      </Button>
      <Drawer slug={drawerSlug(id)} title={say('withdrawTitle')} className="withdraw-release">
        <p>{say('withdrawIntro')}</p>
        <fieldset style={{ border: 0, padding: 0 }}>
          <legend className="field-label">{say('withdrawTitle')}</legend>
          {reasons.map((r) => (
            <label
              key={r.value}
              htmlFor={`field-${field}-${r.value}`}
              style={{ display: 'block', marginBottom: '0.75rem' }}
            >
              <div
                className={`radio-input${reason === r.value ? ' radio-input--is-selected' : ''}`}
              >
                <input
                  type="radio"
                  id={`field-${field}-${r.value}`}
                  name={field}
                  checked={reason === r.value}
                  disabled={busy}
                  onChange={() => setReason(r.value)}
                />
                <span className="radio-input__styled-radio" />
                <span className="radio-input__label">
                  <strong>{say(r.label)}</strong>
                </span>
              </div>
              <span className="field-description">{say(r.hint)}</span>
            </label>
          ))}
        </fieldset>
        {reason === 'superseded' && (
          <>
            <label className="field-label" htmlFor="withdraw-superseded-by">
              {say('withdrawSupersededLabel')}
            </label>
            <select
              id="withdraw-superseded-by"
              value={target}
              onChange={(e) => setTarget(e.target.value)}
              style={{ width: '100%', padding: '0.5rem' }}
            >
              <option value="">{say('withdrawSupersededPick')}</option>
              {candidates.map((c) => (
                <option key={c.id} value={String(c.id)}>
                  {c.headline}
                </option>
              ))}
            </select>
            <br />
          </>
        )}
        {reason !== 'superseded' &&
          locales.map((l) => (
            <div key={l} style={{ marginBottom: '0.75rem' }}>
              <label className="field-label" htmlFor={`withdraw-note-${l}`}>
                {say('withdrawNoteLabel', { language: localeNames[l] })}
              </label>
              <textarea
                id={`withdraw-note-${l}`}
                lang={l}
                rows={3}
                style={{ width: '100%' }}
                value={notes[l] ?? ''}
                onChange={(e) => setNotes({ ...notes, [l]: e.target.value })}
              />
            </div>
          ))}
        <div style={{ display: 'flex', gap: '0.75rem' }}>
          <Button
            buttonStyle="primary"
            disabled={busy}
            id="action-withdraw-confirm"
            onClick={() =>
              send('withdraw', {
                reason,
                ...(reason === 'superseded'
                  ? { supersededBy: target ? Number(target) || target : undefined }
                  : {
                      note: Object.fromEntries(Object.entries(notes).filter(([, v]) => v.trim())),
                    }),
              })
            }
          >
            {say('withdrawConfirm')}
          </Button>
          <Button
            buttonStyle="secondary"
            disabled={busy}
            onClick={() => closeModal(drawerSlug(id))}
          >
            {say('cancel')}
          </Button>
        </div>
      </Drawer>
    </>
  )
}
