'use client'

import { Button, toast, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useState } from 'react'

import { fetchJson, useWords } from '../shared/i18n'
import { reviewChanged } from './useReview'

/**
 * "Przekaż do akceptacji": what an author has instead of a publish button (and an editor who
 * wrote the text, who may not publish it alone). Unsaved edits are saved as a draft first.
 */
export const SubmitForReviewButton = ({
  buttonStyle = 'primary',
}: {
  buttonStyle?: 'primary' | 'secondary'
}) => {
  const say = useWords()
  const { collectionSlug, id } = useDocumentInfo()
  const modified = useFormModified()
  const [busy, setBusy] = useState(false)
  if (!id) return null
  const submit = async () => {
    setBusy(true)
    try {
      const { message } = await fetchJson<{ message: string }>(`/${collectionSlug}/${id}/submit`, {
        method: 'POST',
      })
      toast.success(message)
      reviewChanged()
    } catch (error) {
      toast.error((error as Error).message, { duration: 10_000 })
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button
      id="action-submit-for-review"
      buttonStyle={buttonStyle}
      size="medium"
      disabled={busy || modified}
      tooltip={modified ? say('reviewSaveFirst') : undefined}
      onClick={submit}
    >
      {say('reviewSubmit')}
    </Button>
  )
}
