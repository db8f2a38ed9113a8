/** What an SMTP failure means for a delivery: try again later, or give up with the reason. */
export type SendFailure = { temporary: boolean; reason: string }

export const classifySendError = (error: unknown): SendFailure => {
  const e = error as { responseCode?: number; response?: string; code?: string; message?: string }
  const reason = (e.response || e.message || String(error)).trim()
  // 5xx: the server refused for good (no such mailbox, policy). 4xx, or no reply at all
  // (connection refused, timeout, DNS): the same message may go through later.
  if (typeof e.responseCode === 'number' && e.responseCode >= 500)
    return { temporary: false, reason }
  return {
    temporary: true,
    reason: e.code && !reason.includes(e.code) ? `${e.code}: ${reason}` : reason,
  }
}
