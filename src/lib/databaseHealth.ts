/**
 * What this process last learnt about the database, for the pages Next renders: a page cannot
 * answer 503 itself (an error while rendering is a 500), so the request proxy (src/proxy.ts) asks
 * here first. Costs nothing while nothing has failed; after a failure it asks the database (at
 * most once a second) until it answers again.
 *
 * On globalThis: the proxy, the pages and Payload's hooks are bundled apart and must share one.
 */
type Health = {
  /** When a failure was last seen (0: none since the database last answered). */
  failedAt: number
  probe?: () => Promise<boolean>
  lastProbe?: { at: number; answered: Promise<boolean> }
}

const health = ((globalThis as { __pressroomDatabaseHealth?: Health }).__pressroomDatabaseHealth ??=
  {
    failedAt: 0,
  })

/** How the database is asked whether it answers (set once Payload has started). */
export const setDatabaseProbe = (probe: () => Promise<boolean>): void => {
  health.probe = probe
}

/** Notes that the database could not be reached just now. */
export const noteDatabaseFailure = (now = Date.now()): void => {
  health.failedAt = now
}

/**
 * Whether the database is away right now, as far as this process can tell without a cost on the
 * usual path: false unless a failure was seen and the database still does not answer.
 */
export const databaseIsAway = async (now = Date.now()): Promise<boolean> => {
  if (!health.failedAt || !health.probe) return false
  if (!health.lastProbe || now - health.lastProbe.at >= 1000) {
    health.lastProbe = { at: now, answered: health.probe() }
  }
  const answered = await health.lastProbe.answered
  if (answered) health.failedAt = 0
  return !answered
}
