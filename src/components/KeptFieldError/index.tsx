'use client'

import { useField, useFormSubmitted } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { Notice } from '../shared/Notice'

/**
 * The reason a save was refused for this field by a rule the server checks on saving (a hook, not
 * the field's own validation), kept over the field until the field changes or the document is
 * saved. Payload's next form-state update marks a field with no validation of its own valid again,
 * and the reason went with it, half a second after the toast.
 */
export const KeptFieldError = ({ path }: { path: string }) => {
  const { errorMessage, valid, value } = useField({ path })
  // False again once a save goes through (Payload resets `modified` after a refused save too).
  const submitted = useFormSubmitted()
  const [kept, setKept] = useState<{ message: string; value: unknown } | null>(null)

  useEffect(() => {
    // Only on the refusal itself: `value` is what the field held when the server refused it.
    if (valid === false && errorMessage) setKept({ message: errorMessage, value })
  }, [valid, errorMessage])

  useEffect(() => {
    if (kept && (!submitted || value !== kept.value)) setKept(null)
  }, [kept, submitted, value])

  // Whole, as a banner over the field: Payload's error tooltip is cut to one line, and hidden on
  // narrow screens.
  return kept ? (
    <Notice testId={`kept-error-${path}`} tone="error">
      {kept.message}
    </Notice>
  ) : null
}
