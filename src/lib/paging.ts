import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { APIError } from 'payload'

// A whole number the database can take: 1e20 is an integer to JavaScript, not to SQLite.
const bad = (value: unknown, min: number) =>
  value !== undefined &&
  value !== null &&
  !(Number.isSafeInteger(Number(value)) && Number(value) >= min && Number(value) <= 2 ** 31 - 1)

/**
 * `?limit=-1&page=-5` or `?limit=99999999999999999999` is a client's mistake: a 400 that says so,
 * not a database error.
 */
export const rejectBadPaging: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'read') return args
  const { limit, page } = args as { limit?: unknown; page?: unknown }
  if (bad(page, 1))
    throw new APIError('page must be a whole number from 1 to 2147483647.', 400, {}, true)
  if (bad(limit, 0))
    throw new APIError('limit must be a whole number from 0 to 2147483647.', 400, {}, true)
  if ((Number(page ?? 1) - 1) * Number(limit ?? 10) > Number.MAX_SAFE_INTEGER) {
    throw new APIError('page × limit is past the end of any list.', 400, {}, true)
  }
  return args
}

export const withPagingCheck = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [rejectBadPaging, ...(collection.hooks?.beforeOperation ?? [])],
  },
})
