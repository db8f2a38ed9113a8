/**
 * At most `max` sign-ups per client address in any `windowMs`, in memory: enough to stop a script
 * filling the list (or someone's inbox with confirmation mails), and never in a person's way.
 */
export const signupLimits = { max: 5, windowMs: 10 * 60_000 }

/**
 * At most `max` sign-ups of one recipient address a day, from anywhere: nobody fills a stranger's
 * inbox with confirmation mails by signing them up from many clients.
 */
export const recipientSignupLimits = { max: 3, windowMs: 24 * 60 * 60_000 }

export const createSignupLimiter = (limits = signupLimits) => {
  const hits = new Map<string, number[]>()
  return {
    /** Records a sign-up; returns how long the client (or address) must still wait (0: go ahead). */
    attempt(client: string, now: number): number {
      const recent = (hits.get(client) ?? []).filter((t) => t > now - limits.windowMs)
      if (recent.length >= limits.max) {
        hits.set(client, recent)
        return recent[0] + limits.windowMs - now
      }
      recent.push(now)
      hits.set(client, recent)
      // Forget clients whose window has passed, so the map does not grow without end.
      if (hits.size > 10_000) {
        for (const [key, times] of hits)
          if (times.every((t) => t <= now - limits.windowMs)) hits.delete(key)
      }
      return 0
    },
  }
}
