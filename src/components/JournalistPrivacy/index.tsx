'use client'

import { Button, toast, useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import type { User } from '../../payload-types'
import { canManagePersonalData } from '../../access/roles'
import { apiUrl, fetchJson, useWords } from '../shared/i18n'

/**
 * On a journalist: export everything held about them, or erase them. The endpoints decide who
 * may (admins); this only leaves out buttons that would be refused.
 */
export const JournalistPrivacy = () => {
  const say = useWords()
  const router = useRouter()
  const { user } = useAuth<User>()
  const { id } = useDocumentInfo()
  const [busy, setBusy] = useState(false)
  if (!id) return null
  if (!canManagePersonalData(user))
    return <p style={{ opacity: 0.7 }}>{say('privacyAdminsOnly')}</p>

  const erase = async () => {
    if (!window.confirm(say('privacyEraseConfirm'))) return
    setBusy(true)
    try {
      await fetchJson(`/journalists/${id}/erase`, { method: 'POST' })
      toast.success(say('privacyErased'))
      router.refresh()
      window.location.reload()
    } catch (e) {
      toast.error((e as Error).message)
      setBusy(false)
    }
  }

  return (
    <div data-testid="journalist-privacy" style={{ marginBottom: 24 }}>
      <h4 style={{ marginBottom: 8 }}>{say('privacyTitle')}</h4>
      <div style={{ display: 'flex', gap: 10, flexWrap: 'wrap' }}>
        <a
          className="btn btn--style-secondary btn--size-small"
          href={apiUrl(`/journalists/${id}/export`)}
          download
        >
          {say('privacyExport')}
        </a>
        <Button size="small" buttonStyle="error" margin={false} disabled={busy} onClick={erase}>
          {say('privacyErase')}
        </Button>
      </div>
    </div>
  )
}
