import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

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
