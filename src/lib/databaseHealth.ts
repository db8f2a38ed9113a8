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
  /** When a failure was last seen, kept after the database answers again. */
  lastFailureAt?: number
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
  health.lastFailureAt = now
}

/** The database's answer to a probe, asked at most once a second (false: it does not answer). */
const probeAnswer = (now: number): Promise<boolean> => {
  if (!health.lastProbe || now - health.lastProbe.at >= 1000) {
    health.lastProbe = { at: now, answered: health.probe!() }
  }
  return health.lastProbe.answered
}

/**
 * Whether the database is away right now, as far as this process can tell without a cost on the
 * usual path: false unless a failure was seen and the database still does not answer.
 */
export const databaseIsAway = async (now = Date.now()): Promise<boolean> => {
  if (!health.failedAt || !health.probe) return false
  const answered = await probeAnswer(now)
  if (answered) health.failedAt = 0
  return !answered
}

/**
 * Whether a request that started at `since` and then failed can put it down to the database: a
 * database failure was seen since it started (a failed render reports its error through
 * src/instrumentation.ts), or the database does not answer now.
 */
export const databaseFailedSince = async (since: number, now = Date.now()): Promise<boolean> => {
  if ((health.lastFailureAt ?? 0) >= since) return true
  if (!health.probe) return false
  const answered = await probeAnswer(now)
  if (!answered) noteDatabaseFailure(now)
  return !answered
}
