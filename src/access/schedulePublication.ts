import type { PayloadRequest } from 'payload'

import { say } from '../lib/translations'
import { canChangeWhatThePublicSees } from './publicChanges'
import { secondPairOfEyesRefusal, writersOf } from './secondPairOfEyes'

/**
 * The admin's schedule drawer (Payload's `schedule-publish` server function) queues and cancels
 * publication jobs with access checks off, so the publish rule is applied before it runs: only
 * those who may change what the public sees schedule or cancel. Returns why the caller is
 * refused, in their language, or null when they may go ahead.
 */
export const scheduleRefusal = (req: PayloadRequest): string | null =>
  canChangeWhatThePublicSees(req.user) ? null : say(req.t, 'refuseSchedule')

/**
 * The second pair of eyes at the schedule: the version to be published was written by someone
 * else than the one who schedules it. Returns the refusal's words, or null.
 */
export const scheduleReviewRefusal = async (
  req: PayloadRequest,
  version: number | string,
): Promise<string | null> => {
  const found = await req.payload
    .findVersionByID({
      collection: 'press-releases',
      id: String(version),
      depth: 0,
      overrideAccess: true,
      req,
    })
    .catch(() => null)
  const refused = await secondPairOfEyesRefusal(req, writersOf(found?.version), 'schedule')
  return refused ? refused.message : null
}
