// `npm run seed`: writes the sample press office into an empty database, once.
process.env.PRESSROOM_LOG_LEVEL ||= 'warn'

const { runCli } = await import('../src/lib/cli')

await runCli('seed', async () => {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { seed } = await import('../src/seed')
  const payload = await getPayload({ config, cron: false })
  try {
    console.log((await seed(payload)).summary)
  } finally {
    await payload.destroy()
  }
})

// Imports are dynamic so the log level is set before the config reads it.
export {}
