import type { CollectionBeforeOperationHook } from 'payload'

import type { CustomKey } from '../../lib/translations'

import { refusal } from '../../lib/refusal'

/**
 * A beforeOperation hook for a record no code path may rewrite, even with access checks off (a
 * Local API call with overrideAccess): updates and deletes are refused with `key`'s words.
 */
export const appendOnly =
  (key: CustomKey): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation === 'update' || operation === 'delete') throw refusal(req, key)
    return args
  }
