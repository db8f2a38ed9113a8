import type { Endpoint } from 'payload'

import { APIError } from 'payload'

let previous: Promise<unknown> = Promise.resolve()

/** Runs one piece of work at a time in this process, in the order they arrive. */
const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
  const run = previous.then(work, work)
  previous = run.then(
    () => undefined,
    () => undefined,
  )
  return run
}

const marker = 'pressroomFirstRegisterOneAtATime'

/**
 * Payload's first-register checks "no user yet" and then creates the admin, so simultaneous
 * requests all pass the check and all become admin. This endpoint is matched before Payload's
 * own and runs it one request at a time: the second sees the first user and is refused (403).
 * One server process holds the queue, as `npm start` runs one.
 */
export const firstRegisterOneAtATime: Endpoint = {
  path: '/first-register',
  method: 'post',
  custom: { [marker]: true },
  handler: async (req) => {
    const payloads = req.payload.collections.users.config.endpoints || []
    const own = payloads.find(
      (e) => e.path === '/first-register' && e.method === 'post' && !e.custom?.[marker],
    )
    if (!own) throw new APIError('First registration is not available.', 404)
    return oneAtATime(() => Promise.resolve(own.handler(req)))
  },
}
