import type { FieldHook } from 'payload'

import type { PressRelease } from '../../../payload-types'

import { textBlocks } from '../../../generator/lexical'
import { releaseSearchText } from '../../../lib/searchText'

/**
 * The folded headline, lead and body of the language being saved, for the newsroom's
 * diacritics-insensitive search. Computed on every save; never typed by anyone.
 */
export const maintainSearchText: FieldHook<PressRelease> = ({ siblingData, originalDoc }) => {
  const value = <K extends 'headline' | 'lead' | 'body'>(key: K) =>
    key in (siblingData ?? {}) ? siblingData[key] : originalDoc?.[key]
  const body = value('body')
  return releaseSearchText({
    headline: value('headline') as string | null,
    lead: value('lead') as string | null,
    body: body ? textBlocks(body as PressRelease['body']).map((b) => b.text).join('\n') : null,
  })
}
