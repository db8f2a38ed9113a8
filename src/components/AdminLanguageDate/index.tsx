'use client'

import type { DateFieldClientProps } from 'payload'

import { DateTimeField } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

/**
 * Payload's date field, shown in the admin's language from the first look. Its picker learns the
 * admin's language in an effect after its first render, so a field nothing re-renders kept the
 * English month ("2 December 2026" in the Polish admin); drawn once more after that effect, it
 * writes "2 grudnia 2026".
 */
export const AdminLanguageDateField = (props: DateFieldClientProps) => {
  const [languageKnown, setLanguageKnown] = useState(false)
  useEffect(() => setLanguageKnown(true), [])
  return <DateTimeField key={languageKnown ? 'admin-language' : 'first-render'} {...props} />
}
