import type { CollectionBeforeValidateHook } from 'payload'

import type { Journalist } from '../../../payload-types'

/** E-mail addresses are stored trimmed and in lower case, so the unique index is case-insensitive. */
export const normalizeJournalistEmail: CollectionBeforeValidateHook<Journalist> = ({ data }) => {
  if (data && typeof data.email === 'string') data.email = data.email.trim().toLowerCase()
  return data
}
