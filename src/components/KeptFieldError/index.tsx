'use client'

import { useDocumentInfo, useField, useForm } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { Notice } from '../shared/Notice'

/**
 * The reason the server refused a save for this field, kept until the field changes or a save
 * goes through. Payload's next form-state update marks a field valid again when no validation of
 * its own runs on the server (a rule checked by a hook, or any field after a draft save, which is
 * sent unvalidated), and the reason went with it, half a second after the toast.
 */
export const useKeptRefusal = (path: string): string | null => {
  const { errorMessage, valid, value } = useField({ path })
  const { savedDocumentData } = useDocumentInfo()
  const { setModified } = useForm()
  const savedAt = (savedDocumentData as { updatedAt?: string } | undefined)?.updatedAt
  const [kept, setKept] = useState<{ message: string; value: unknown; savedAt?: string } | null>(
    null,
  )

  useEffect(() => {
    // Only on the refusal itself: what the field held, and the last save, when it was refused.
    if (!(valid === false && errorMessage)) return
    setKept({ message: errorMessage, value, savedAt })
    // The edits are still unsaved: Payload counts the form unmodified after any answer, which
    // greyed out "Zapisz szkic" and "Opublikuj zmiany" until the next keystroke.
    setModified(true)
  }, [valid, errorMessage])

  useEffect(() => {
    if (kept && (value !== kept.value || savedAt !== kept.savedAt)) setKept(null)
  }, [kept, value, savedAt])

  return kept?.message ?? null
}

/**
 * A field's kept refusal, whole, as a banner over the field: Payload's error tooltip is cut to
 * one line, and hidden on narrow screens.
 */
export const KeptFieldError = ({ path }: { path: string }) => {
  const refusal = useKeptRefusal(path)
  return refusal ? (
    <Notice testId={`kept-error-${path}`} tone="error">
      {refusal}
    </Notice>
  ) : null
}
