import type { CollectionSlug, PayloadRequest } from 'payload'

import { APIError, ValidationError } from 'payload'

import { type CustomKey, say } from './translations'

/**
 * A refusal the admin shows as it comes (Payload's form toasts the first error's message):
 * worded in the asker's language from the admin's words, and carrying its key for any other client.
 */
export const refusal = (
  req: PayloadRequest,
  key: CustomKey,
  vars?: Record<string, unknown>,
  status = 403,
): APIError => new APIError(say(req.t, key, vars), status, { key }, true)

/**
 * A save refused for one field by a rule checked on saving: a 400 whose toast names the field by
 * its label in the asker's language (not its path), and whose message the form shows at it.
 */
export const fieldRefusal = (
  req: PayloadRequest,
  collection: CollectionSlug,
  path: string,
  message: string,
): ValidationError => {
  const field = req.payload.collections[collection]?.config.flattenedFields.find(
    (f) => f.name === path,
  )
  const label = field && 'label' in field && field.label ? field.label : undefined
  return new ValidationError({ collection, errors: [{ path, message, label }], req }, req.t)
}
