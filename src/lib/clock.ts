import type { PayloadRequest } from 'payload'

/**
 * The moment a request is answered at. A caller of the Local API (a test, a job) may inject it as
 * `context: { now }`; everything that asks "is it embargoed, is it due" for that request uses it.
 */
export const nowOf = (req: Pick<PayloadRequest, 'context'>): Date => {
  const injected = req.context?.now
  if (injected instanceof Date) return injected
  if (typeof injected === 'string' || typeof injected === 'number') return new Date(injected)
  return new Date()
}
