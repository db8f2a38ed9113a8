// `npm run seed`: writes the sample press office into an empty database, once.
process.env.PRESSROOM_LOG_LEVEL ||= 'warn'

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { seed } = await import('../src/seed')

const payload = await getPayload({ config, cron: false })
try {
  const result = await seed(payload)
  console.log(result.summary)
} catch (error) {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
process.exit(process.exitCode ?? 0)

// Imports are dynamic so the log level is set before the config reads it.
export {}
