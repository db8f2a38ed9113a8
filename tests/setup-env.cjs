// Quiet Payload in tests: warnings and errors only.
process.env.PRESSROOM_LOG_LEVEL = process.env.PRESSROOM_LOG_LEVEL || 'warn'
