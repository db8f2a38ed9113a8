import type { CollectionBeforeValidateHook, DateFieldValidation, PayloadRequest } from 'payload'

import { fieldRefusal } from '../../../lib/refusal'

import type { PressRelease } from '../../../payload-types'
import { nowOf } from '../../../lib/clock'
import { type MomentProblem, momentExamples, momentProblem, sameMoment } from '../../../lib/moments'
import { say } from '../../../lib/translations'
import { readOfficeTimezone } from '../../../lib/settings'
import { formatWhen } from '../../../lib/when'

/** Why the embargo end cannot be taken, in the words of whoever saves. */
const problemMessage = async (problem: MomentProblem, value: unknown, req: PayloadRequest) => {
  const timeZone = await readOfficeTimezone(req.payload, req)
  return problem === 'past'
    ? say(req.t, 'embargoPast', {
        when: formatWhen(String(value), req.i18n.language, timeZone),
      })
    : say(req.t, 'momentUnreadable', momentExamples(nowOf(req), req.i18n.dateFNS, timeZone))
}

/**
 * The field's own check, also run by the admin's form as the user types: an embargoed release
 * needs its end, and the end must be a moment (the admin keeps text it could not read as the
 * value, so that it is refused here and not saved).
 */
export const embargoUntilValid: DateFieldValidation = async (value, { req, siblingData }) => {
  const data = siblingData as Partial<PressRelease>
  if (data?.releaseType === 'embargoed' && !value) return say(req.t, 'embargoMissing')
  if (data?.releaseType === 'embargoed' && momentProblem(value, nowOf(req)) === 'unreadable') {
    return problemMessage('unreadable', value, req)
  }
  return true
}

/**
 * An embargo end set or changed in this save must be a readable moment in the future, or the
 * release would be public the moment it is published. An embargo left as it was stays valid
 * however long ago it lifted, as does a restored version's, and writes with no person behind them
 * (the seed, scripts, fixtures) may record lifted embargoes. Runs before validation, so drafts (saved unvalidated) are checked.
 */
export const checkEmbargoTime: CollectionBeforeValidateHook<PressRelease> = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  if (!data || !('embargoUntil' in data)) return data
  const releaseType = data.releaseType ?? originalDoc?.releaseType
  if (releaseType === 'immediate') return data
  const problem = momentProblem(data.embargoUntil, nowOf(req))
  if (!problem) return data
  const keptAsWritten =
    sameMoment(data.embargoUntil, originalDoc?.embargoUntil) ||
    // A restored version (by hand, or by a scheduled publication's job) brings its time back as it
    // was written: Payload's restoreVersion marks its request so.
    req.context.isRestoringVersion === true
  if (problem === 'past' && (!req.user || keptAsWritten)) return data
  throw fieldRefusal(
    req,
    collection.slug,
    'embargoUntil',
    await problemMessage(problem, data.embargoUntil, req),
  )
}
