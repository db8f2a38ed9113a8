import type { Payload } from 'payload'

import type { ReleaseFormat } from '../../../generator/release'

import { recentKey } from '../../../render/recent'
import { sharedStore } from '../../../render/store'
import { etagOfKey, fileResponse, notModified } from '../../shared/exportResponse'

/**
 * A published release's document for an anonymous reader, straight from the render store when
 * its key is known to be current (see recentKey); null when the full export must decide.
 */
export const storedForAnonymous = async (
  payload: Payload,
  request: { headers: Headers },
  ref: string,
  locale: string,
  format: ReleaseFormat,
): Promise<Response | null> => {
  const recent = await recentKey(payload, ref, locale, format)
  if (!recent) return null
  const meta = { etag: etagOfKey(recent.key), lastModified: recent.updatedAt, shared: true }
  if (notModified(request, meta.etag)) return fileResponse(request, { ...recent, data: '' }, meta)
  const data = await sharedStore().get(recent.key)
  return data ? fileResponse(request, { ...recent, data }, meta) : null
}
