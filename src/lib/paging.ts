import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { APIError } from 'payload'

const bad = (value: unknown, min: number) =>
  value !== undefined &&
  value !== null &&
  !(Number.isInteger(Number(value)) && Number(value) >= min)

/** `?limit=-1&page=-5` is a client's mistake: a 400 that says so, not a database error. */
export const rejectBadPaging: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'read') return args
  const { limit, page } = args as { limit?: unknown; page?: unknown }
  if (bad(page, 1)) throw new APIError('page must be a whole number from 1.', 400, {}, true)
  if (bad(limit, 0)) throw new APIError('limit must be a whole number from 0.', 400, {}, true)
  return args
}

export const withPagingCheck = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [rejectBadPaging, ...(collection.hooks?.beforeOperation ?? [])],
  },
})
