'use client'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

import { useWords } from '../shared/i18n'

/**
 * Asked of an editor who publishes a text they wrote: why it goes out without a second pair of
 * eyes. The reason travels with the publication; the server flags it until another editor
 * approves it.
 */
export const ForceDialog = ({
  onCancel,
  onConfirm,
}: {
  onCancel: () => void
  onConfirm: (reason: string) => void
}) => {
  const say = useWords()
  const [reason, setReason] = useState('')
  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-labelledby="force-dialog-title"
      data-testid="force-dialog"
      style={{
        position: 'fixed',
        inset: 0,
        background: 'rgba(0,0,0,0.4)',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        zIndex: 1000,
      }}
    >
      <div
        style={{
          background: 'var(--theme-bg)',
          color: 'var(--theme-text)',
          padding: 24,
          borderRadius: 6,
          maxWidth: 520,
          width: '90%',
        }}
      >
        <h3 id="force-dialog-title" style={{ marginTop: 0 }}>
          {say('secondPairOfEyes')}
        </h3>
        <p>{say('reviewForceExplain')}</p>
        <label htmlFor="force-reason" style={{ display: 'block', marginBottom: 4 }}>
          {say('reviewForceReason')}
        </label>
        <textarea
          id="force-reason"
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          style={{ width: '100%', marginBottom: 12 }}
        />
        <Button
          buttonStyle="primary"
          id="force-publish"
          disabled={!reason.trim()}
          onClick={() => onConfirm(reason.trim())}
        >
          {say('reviewForcePublish')}
        </Button>{' '}
        <Button buttonStyle="secondary" onClick={onCancel}>
          {say('cancel')}
        </Button>
      </div>
    </div>
  )
}
