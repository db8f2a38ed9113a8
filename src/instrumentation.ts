/**
 * Next calls this once when the server starts. Payload's job crons otherwise start only with the
 * first request, so a publication that fell due while the server was down would wait for a
 * visitor; here Payload starts with its crons at boot and runs what is already due.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const { runDueJobs } = await import('./jobs/runDueJobs')
  const payload = await getPayload({ config, cron: true })
  const report = await runDueJobs(payload)
  if (report.ran > 0) payload.logger.info(`At start: ${report.summary}`)
}
