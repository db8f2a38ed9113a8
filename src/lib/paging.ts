import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { refusal } from './refusal'

// A whole number the database can take: 1e20 is an integer to JavaScript, not to SQLite.
const bad = (value: unknown, min: number) =>
  value !== undefined &&
  value !== null &&
  !(Number.isSafeInteger(Number(value)) && Number(value) >= min && Number(value) <= 2 ** 31 - 1)

/**
 * `?limit=-1&page=-5` or `?limit=99999999999999999999` is a client's mistake: a 400 that says so,
 * not a database error.
 */
export const rejectBadPaging: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read') return args
  const { limit, page } = args as { limit?: unknown; page?: unknown }
  if (bad(page, 1)) throw refusal(req, 'refusePagingPage', {}, 400)
  if (bad(limit, 0)) throw refusal(req, 'refusePagingLimit', {}, 400)
  if ((Number(page ?? 1) - 1) * Number(limit ?? 10) > Number.MAX_SAFE_INTEGER) {
    throw refusal(req, 'refusePagingPast', {}, 400)
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
