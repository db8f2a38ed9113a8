import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import type { Locale } from '../../../lib/locales'
import type { PressRelease } from '../../../payload-types'

import { imagesWithoutAlt } from '../../../lib/imagesWithoutAlt'
import { isLocale } from '../../../lib/locales'
import { nestedRequest } from '../../../lib/nestedRequest'
import { releaseLocales } from '../../../lib/locales'

/**
 * A release goes public only when every image it shows has alt text in each language it is
 * published in (it has a headline in): the PDF/UA Figure and the newsroom's <img> need it.
 */
export const requireAltText: CollectionBeforeChangeHook<PressRelease> = async ({
  data,
  originalDoc,
  req,
}) => {
  if (data._status !== 'published') return data
  const media = data.media ?? originalDoc?.media
  if (!media?.length) return data
  const stored = originalDoc?.id
    ? await req.payload
        .findByID({
          collection: 'press-releases',
          id: originalDoc.id,
          locale: 'all',
          draft: true,
          depth: 0,
          overrideAccess: true,
          req: nestedRequest(req),
        })
        .catch(() => null)
    : null
  const headlines = { ...((stored?.headline ?? {}) as unknown as Record<string, unknown>) }
  if (isLocale(req.locale) && data.headline !== undefined) headlines[req.locale] = data.headline
  const blockers = await imagesWithoutAlt(req, media, releaseLocales(headlines) as Locale[])
  if (blockers.length === 0) return data
  const problems = blockers.map((b) => b.message)
  // An APIError, as for unapproved quotes: the admin's toast shows the message itself.
  throw new APIError(
    problems.join(' '),
    400,
    { errors: problems.map((message) => ({ path: 'media', message })) },
    true,
  )
}
