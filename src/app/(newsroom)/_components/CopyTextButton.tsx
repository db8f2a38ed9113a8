'use client'

import React, { useEffect, useState } from 'react'

/**
 * Copies the release's text to the clipboard. Progressive enhancement: without JavaScript (or a
 * clipboard) there is no button and the text is selectable as ever.
 */
export const CopyTextButton = ({
  targetId,
  label,
  done,
}: {
  targetId: string
  label: string
  done: string
}) => {
  const [ready, setReady] = useState(false)
  const [copied, setCopied] = useState(false)
  useEffect(() => setReady(Boolean(navigator.clipboard)), [])
  if (!ready) return null
  const copy = async () => {
    const text = document.getElementById(targetId)?.innerText ?? ''
    await navigator.clipboard.writeText(text)
    setCopied(true)
  }
  return (
    <button type="button" className="button copy-text" onClick={copy} aria-live="polite">
      {copied ? done : label}
    </button>
  )
}
