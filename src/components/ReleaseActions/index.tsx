'use client'

import { useDocumentInfo, useLocale } from '@payloadcms/ui'

import { ExportLinks } from '../shared/ExportLinks'
import { useWords } from '../shared/i18n'

/**
 * Preview and exports beside Save/Publish, in the locale being edited. The preview always shows
 * the latest draft; the downloads are the published version unless there are unpublished changes
 * (a draft export carries a DRAFT mark, which a published release must not).
 */
export const ReleaseActions = () => {
  const { id, hasPublishedDoc, unpublishedVersionCount } = useDocumentInfo()
  const locale = useLocale()
  const say = useWords()
  if (!id) return null
  const base = `/api/press-releases/${id}`
  const loc = `?locale=${encodeURIComponent(locale.code)}`
  const draft = !hasPublishedDoc || unpublishedVersionCount > 0
  const file = draft ? `${loc}&draft=true` : loc
  return (
    <ExportLinks
      testId="release-actions"
      links={[
        {
          label: say('preview'),
          href: `${base}/html${loc}&draft=true`,
          primary: true,
        },
        {
          label: say('downloadPdf'),
          href: `${base}/pdf${file}`,
          download: true,
        },
        { label: 'HTML', href: `${base}/html${file}` },
        { label: 'TXT', href: `${base}/txt${file}` },
      ]}
    />
  )
}
