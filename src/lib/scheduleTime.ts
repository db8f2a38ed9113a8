import type { AcceptedLanguages } from '@payloadcms/translations'
import type { Payload } from 'payload'

import { getLocalI18n } from 'payload'

import { momentProblem } from './moments'
import { readOfficeTimezone } from './settings'
import { say } from './translations'
import { formatWhen } from './when'

/**
 * Why the schedule drawer's publication time cannot be taken at `now`, in the admin's
 * `language`, or null. A time in the past would publish at once ("publish now" is its own button).
 */
export const scheduleTimeRefusal = async (
  payload: Payload,
  language: AcceptedLanguages,
  date: unknown,
  now: Date = new Date(),
): Promise<string | null> => {
  if (date === undefined || date === null) return null
  const problem = momentProblem(date instanceof Date ? date : String(date), now)
  if (!problem) return null
  const i18n = await getLocalI18n({ config: payload.config, language })
  const when = new Date(date as string)
  return say(i18n.t, 'schedulePast', {
    when: Number.isNaN(when.getTime())
      ? String(date)
      : formatWhen(when.toISOString(), language, await readOfficeTimezone(payload)),
  })
}
