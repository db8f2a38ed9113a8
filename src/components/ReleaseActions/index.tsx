'use client'

import { useDocumentInfo, useLocale } from '@payloadcms/ui'

import { ExportLinks } from '../shared/ExportLinks'
import { useLang } from '../shared/i18n'

/**
 * Preview and exports beside Save/Publish: the release as the generator renders it, in the
 * locale being edited, latest draft included.
 */
export const ReleaseActions = () => {
  const { id } = useDocumentInfo()
  const locale = useLocale()
  const lang = useLang()
  if (!id) return null
  const base = `/api/press-releases/${id}`
  const query = `?locale=${encodeURIComponent(locale.code)}&draft=true`
  return (
    <ExportLinks
      testId="release-actions"
      links={[
        { label: lang === 'pl' ? 'Podgląd' : 'Preview', href: `${base}/html${query}`, primary: true },
        { label: lang === 'pl' ? 'Pobierz PDF' : 'Download PDF', href: `${base}/pdf${query}`, download: true },
        { label: 'HTML', href: `${base}/html${query}` },
        { label: 'TXT', href: `${base}/txt${query}` },
      ]}
    />
  )
}
