import type { Endpoint } from 'payload'

import { withDatabaseLock } from '../../../lib/databaseLock'
import { refusal } from '../../../lib/refusal'

const marker = 'pressroomFirstRegisterOneAtATime'

/**
 * Payload's first-register checks "no user yet" and then creates the admin, so simultaneous
 * requests all pass the check and all become admin. This endpoint is matched before Payload's
 * own and runs it one request at a time, across every instance on the same PostgreSQL database
 * (withDatabaseLock): the second sees the first user and is refused (403).
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
    if (!own) throw refusal(req, 'refuseFirstRegister', {}, 404)
    return withDatabaseLock(req.payload, 'pressroom:first-register', () =>
      Promise.resolve(own.handler(req)),
    )
  },
}
