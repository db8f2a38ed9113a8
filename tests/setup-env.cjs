// Quiet Payload in tests: only fatal errors; tests assert on behaviour, and expected failures (a refused job) would log errors.
process.env.PRESSROOM_LOG_LEVEL = process.env.PRESSROOM_LOG_LEVEL || 'fatal'
process.env.PRESSROOM_PRERENDER = process.env.PRESSROOM_PRERENDER || 'off'
