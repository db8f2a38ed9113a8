'use client'

import { useDocumentInfo, useLocale } from '@payloadcms/ui'

import { ExportLinks } from '../shared/ExportLinks'
import { useWords } from '../shared/i18n'

/** The pack's PDF (cover, contents, releases) and ZIP, beside Save/Publish. */
export const PackActions = () => {
  const { id } = useDocumentInfo()
  const locale = useLocale()
  const say = useWords()
  if (!id) return null
  const base = `/api/press-packs/${id}`
  const query = `?locale=${encodeURIComponent(locale.code)}&draft=true`
  return (
    <ExportLinks
      testId="pack-actions"
      links={[
        {
          label: say('packPdf'),
          href: `${base}/pdf${query}`,
          primary: true,
        },
        { label: 'ZIP', href: `${base}/zip${query}`, download: true },
      ]}
    />
  )
}
