// `npm run jobs`: runs the scheduled publications that are due, once, and says what happened.
process.env.PRESSROOM_LOG_LEVEL ||= 'warn'

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { runDueJobs } = await import('../src/jobs/runDueJobs')

const payload = await getPayload({ config, cron: false })
try {
  const report = await runDueJobs(payload)
  console.log(report.summary)
  process.exitCode = report.failed > 0 ? 1 : 0
} finally {
  await payload.destroy()
}
process.exit(process.exitCode ?? 0)

// Imports are dynamic so the log level is set before the config reads it.
export {}
