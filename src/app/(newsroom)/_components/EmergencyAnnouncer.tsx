'use client'

import React, { useEffect, useState } from 'react'

const SEEN = 'pressroom:emergency-seen'

/**
 * Announces a notice once: the first time this browser meets it (by the moment it went on), an
 * element with role="alert" is added, which screen readers read out at once; on every later page
 * there is none, and the notice is read in place, as a landmark. Without JavaScript, or storage,
 * nothing is announced and the landmark stays.
 */
export const EmergencyAnnouncer = ({ since, message }: { since: string; message: string }) => {
  const [alerting, setAlerting] = useState(false)
  useEffect(() => {
    try {
      if (window.localStorage.getItem(SEEN) === since) return
      window.localStorage.setItem(SEEN, since)
    } catch {
      return
    }
    setAlerting(true)
  }, [since])
  if (!alerting) return null
  return (
    <div role="alert" className="sr-only" data-testid="emergency-alert">
      {message}
    </div>
  )
}
