import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { createRateLimiter } from './rateLimit'
import { mailRate } from './settings'

export const MAIL_QUEUE = 'mail'

let throttle: (() => Promise<void>) | undefined

/** The one rate limit of this process's mail, shared by the queue and "send to everyone now". */
export const mailThrottle = (): (() => Promise<void>) =>
  (throttle ??= createRateLimiter(mailRate()))

/** Queues a run of the mail sender, now or at `at` (an embargo lift, a retry). */
export const queueMailRun = (payload: Payload, at?: Date, req?: PayloadRequest) =>
  payload.jobs.queue({
    task: 'sendMail',
    input: {},
    queue: MAIL_QUEUE,
    req,
    ...(at && at.getTime() > Date.now() ? { waitUntil: at } : {}),
  })

/**
 * Sends every delivery that is due, at the configured rate. The deliveries themselves are the
 * queue (claimed one by one), so two runs at once, or a run after a crash, never send twice.
 */
export const sendMailTask: TaskConfig<{
  input: object
  output: { sent: number; failed: number; retrying: number; waiting: number }
}> = {
  slug: 'sendMail',
  retries: 0,
  inputSchema: [],
  outputSchema: [
    { name: 'sent', type: 'number', required: true },
    { name: 'failed', type: 'number', required: true },
    { name: 'retrying', type: 'number', required: true },
    { name: 'waiting', type: 'number', required: true },
  ],
  handler: async ({ req }) => {
    // The message builder (Handlebars, juice, the generator) loads on the first send, not with the config.
    const { sendDueDeliveries } = await import('./sendDue')
    const { nextDue, ...report } = await sendDueDeliveries(req.payload, {
      throttle: mailThrottle(),
    })
    if (nextDue) await queueMailRun(req.payload, nextDue)
    return { output: report }
  },
}
