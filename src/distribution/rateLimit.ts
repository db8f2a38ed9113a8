/**
 * Spaces sends in this process at most `perSecond` apart (0 = no limit): each caller reserves the
 * next free slot, then waits for it.
 */
export const createRateLimiter = (perSecond: number, clock: () => number = Date.now) => {
  let next = 0
  return async (): Promise<void> => {
    if (perSecond <= 0) return
    const now = clock()
    const slot = Math.max(now, next)
    next = slot + 1000 / perSecond
    if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now))
  }
}
