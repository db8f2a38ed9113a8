import type { PayloadRequest } from 'payload'

import { canChangeWhatThePublicSees } from './publicChanges'

/**
 * The admin's schedule drawer (Payload's `schedule-publish` server function) queues and cancels
 * publication jobs with access checks off, so the publish rule is applied before it runs: only
 * those who may change what the public sees schedule or cancel. Returns why the caller is
 * refused, or null when they may go ahead.
 */
export const scheduleRefusal = (user: PayloadRequest['user']): string | null =>
  canChangeWhatThePublicSees(user)
    ? null
    : 'Only editors can schedule or cancel a publication: ask an editor.'
