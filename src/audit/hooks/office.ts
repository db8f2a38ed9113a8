import type { GlobalAfterChangeHook } from 'payload'

import type { AuditAction } from '../actions'

import { recordAuditEvent } from '../record'

type Notice = {
  active?: boolean | null
  kind?: string | null
  heading?: unknown
  text?: unknown
  link?: unknown
}
type Freeze = { active?: boolean | null; reason?: string | null }
type Office = { emergency?: Notice | null; freeze?: Freeze | null }

const noticeWords = (n: Notice | null | undefined) =>
  JSON.stringify([n?.kind ?? null, n?.heading ?? null, n?.text ?? null, n?.link ?? null])

/** The crisis switches a settings save made: the notice on, changed or off; the freeze on or off. */
export const crisisSwitches = (before: Office, after: Office): AuditAction[] => {
  const switches: AuditAction[] = []
  const wasOn = Boolean(before.emergency?.active)
  const isOn = Boolean(after.emergency?.active)
  if (!wasOn && isOn) switches.push('emergency-on')
  else if (wasOn && !isOn) switches.push('emergency-off')
  else if (isOn && noticeWords(before.emergency) !== noticeWords(after.emergency))
    switches.push('emergency-changed')
  const wasFrozen = Boolean(before.freeze?.active)
  const isFrozen = Boolean(after.freeze?.active)
  if (!wasFrozen && isFrozen) switches.push('freeze-on')
  else if (wasFrozen && !isFrozen) switches.push('freeze-off')
  return switches
}

/** Records who switched the emergency notice or the freeze, and the freeze's reason. */
export const recordCrisisSwitches: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const after = doc as Office
  for (const action of crisisSwitches((previousDoc ?? {}) as Office, after)) {
    const notice = action.startsWith('emergency')
    await recordAuditEvent(
      { payload: req.payload, req },
      {
        action,
        doc: { collection: 'press-office', id: 'press-office' },
        reason: notice ? null : (after.freeze?.reason ?? null),
        detail: notice ? `${after.emergency?.kind ?? ''}: ${noticeWords(after.emergency)}` : null,
      },
    )
  }
  return doc
}
