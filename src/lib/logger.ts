import pretty from 'pino-pretty'

/**
 * Payload's logger, written synchronously to stderr (stdout stays clean for CLI output such as
 * `--json`), at PRESSROOM_LOG_LEVEL (default info). Synchronous also means no worker thread
 * keeps a finished script or test run alive.
 */
export const loggerConfig = () => ({
  options: { level: process.env.PRESSROOM_LOG_LEVEL || 'info' },
  destination: pretty({
    sync: true,
    destination: 2,
    colorize: Boolean(process.stderr.isTTY),
    ignore: 'pid,hostname',
    translateTime: 'SYS:HH:MM:ss',
  }),
})
