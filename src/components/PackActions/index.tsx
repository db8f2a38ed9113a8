'use client'

import { useDocumentInfo, useLocale } from '@payloadcms/ui'

import { ExportLinks } from '../shared/ExportLinks'
import { useLang } from '../shared/i18n'

/** The pack's PDF (cover, contents, releases) and ZIP, beside Save/Publish. */
export const PackActions = () => {
  const { id } = useDocumentInfo()
  const locale = useLocale()
  const lang = useLang()
  if (!id) return null
  const base = `/api/press-packs/${id}`
  const query = `?locale=${encodeURIComponent(locale.code)}&draft=true`
  return (
    <ExportLinks
      testId="pack-actions"
      links={[
        {
          label: lang === 'pl' ? 'Pakiet PDF' : 'Pack PDF',
          href: `${base}/pdf${query}`,
          primary: true,
        },
        { label: 'ZIP', href: `${base}/zip${query}`, download: true },
      ]}
    />
  )
}
