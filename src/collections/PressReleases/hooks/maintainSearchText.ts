import type { FieldHook } from 'payload'

import type { PressRelease } from '../../../payload-types'

import { textBlocks } from '../../../generator/lexical'
import { releaseSearchText } from '../../../lib/searchText'

/**
 * The folded headline, lead and body of the language being saved, for the newsroom's
 * diacritics-insensitive search. Computed on every save; never typed by anyone. An import made it
 * already, off the request thread, from the fields it creates (src/import/convert.ts), and passes
 * it in the server-side context.
 */
export const maintainSearchText: FieldHook<PressRelease> = ({
  siblingData,
  originalDoc,
  context,
  operation,
}) => {
  if (operation === 'create' && typeof context.searchText === 'string') return context.searchText
  const value = <K extends 'headline' | 'lead' | 'body'>(key: K) =>
    key in (siblingData ?? {}) ? siblingData[key] : originalDoc?.[key]
  return searchTextOf({ headline: value('headline'), lead: value('lead'), body: value('body') })
}

/** One language's search text from its headline, lead and Lexical body (an object or its JSON). */
export const searchTextOf = (parts: {
  headline?: unknown
  lead?: unknown
  body?: unknown
}): string => {
  const body = typeof parts.body === 'string' ? (JSON.parse(parts.body) as unknown) : parts.body
  return releaseSearchText({
    headline: typeof parts.headline === 'string' ? parts.headline : null,
    lead: typeof parts.lead === 'string' ? parts.lead : null,
    body: body
      ? textBlocks(body as PressRelease['body'])
          .map((b) => b.text)
          .join('\n')
      : null,
  })
}
