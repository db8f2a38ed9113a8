import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import type { PressRelease } from '../../../payload-types'
import { canPublish } from '../../../access/roles'

/** Authors write and save drafts; publishing is for editors and admins. */
export const onlyEditorsPublish: CollectionBeforeChangeHook<PressRelease> = ({ data, req }) => {
  if (data._status === 'published' && req.user && !canPublish(req.user)) {
    throw new APIError('Only editors can publish a release: save it as a draft and ask an editor.', 403, null, true)
  }
  return data
}
