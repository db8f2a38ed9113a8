// `npm run jobs`: runs the scheduled publications that are due, once, and says what happened.
process.env.PRESSROOM_LOG_LEVEL ||= 'warn'

const { runCli } = await import('../src/lib/cli')

await runCli('jobs', async () => {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { runDueJobs } = await import('../src/jobs/runDueJobs')
  const payload = await getPayload({ config, cron: false })
  try {
    const report = await runDueJobs(payload)
    console.log(report.summary)
    return report.failed > 0 ? 1 : 0
  } finally {
    await payload.destroy()
  }
})

// Imports are dynamic so the log level is set before the config reads it.
export {}
