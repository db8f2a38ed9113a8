import type { PayloadRequest } from 'payload'

/**
 * A request for a Local API call made inside another operation (a hook): the same transaction
 * and user, so the call uses the connection the operation already holds, but its own locale,
 * context and query, which Payload's Local API overwrites on the request it is given.
 *
 * A hook that calls without `req` takes a second pooled connection while its operation's
 * transaction holds one; under load every connection is held that way and the saves wait on each
 * other until the pool gives up (503s in `npm run bench -- --load`).
 */
export const nestedRequest = (req: PayloadRequest): PayloadRequest =>
  ({ ...req, context: { ...req.context }, query: { ...req.query } }) as PayloadRequest
