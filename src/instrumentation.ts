/**
 * Next calls this once when the server starts. Payload's job crons otherwise start only with the
 * first request, so a publication that fell due while the server was down would wait for a
 * visitor; here Payload starts with its crons at boot and runs what is already due.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config, cron: true })
  const { jobStatus } = await payload.jobs.run({ queue: 'default', limit: 100 })
  const ran = Object.keys(jobStatus ?? {}).length
  if (ran > 0) payload.logger.info(`Ran ${ran} scheduled publication(s) that fell due while the server was down`)
}
