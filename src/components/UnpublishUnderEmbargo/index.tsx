'use client'

import { UnpublishButton, useDocumentInfo } from '@payloadcms/ui'

import type { PressRelease } from '../../payload-types'

/**
 * Payload's "Cofnij publikację" in the document's menu, kept only for a release still under its
 * embargo, which the public has not seen. One that has been public is taken down by "Wycofaj…"
 * with a reason; the server refuses anything else (src/access/unpublishing.ts).
 */
export const UnpublishUnderEmbargo = () => {
  const { savedDocumentData } = useDocumentInfo()
  const embargoUntil = (savedDocumentData as PressRelease | undefined)?.embargoUntil
  return embargoUntil && Date.parse(embargoUntil) > Date.now() ? <UnpublishButton /> : null
}
