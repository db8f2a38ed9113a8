import type { Payload } from 'payload'

import { readOfficeTimezone } from '../../lib/settings'
import { GuardedPublishButtonClient } from './Client'

/** The publish button with the office's zone, which only the server reads (for the schedule drawer). */
export const GuardedPublishButton = async ({ payload }: { payload: Payload }) => (
  <GuardedPublishButtonClient timeZone={await readOfficeTimezone(payload)} />
)
