// `npm run mail`: sends the e-mail deliveries that are due, once, at the configured rate, and
// says what happened. The server does the same every 10 s; this is for a worker or cron job.
process.env.PRESSROOM_LOG_LEVEL ||= 'warn'

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { sendDueDeliveries } = await import('../src/distribution/sendDue')
const { createRateLimiter } = await import('../src/distribution/rateLimit')
const { mailRate } = await import('../src/distribution/settings')

const payload = await getPayload({ config, cron: false })
try {
  const report = await sendDueDeliveries(payload, { throttle: createRateLimiter(mailRate()) })
  const next = report.nextDue ? ` Next retry at ${report.nextDue.toISOString()}.` : ''
  console.log(
    `Sent ${report.sent}, failed ${report.failed}, retrying later ${report.retrying}, waiting for publication ${report.waiting}.${next}`,
  )
} finally {
  await payload.destroy()
}
process.exit(process.exitCode ?? 0)

// Imports are dynamic so the log level is set before the config reads it.
export {}
