import { UserError } from './errors'

const firstLine = (text: string) => text.split('\n')[0] ?? ''

/**
 * The edge of every command-line script: runs `main`, and on failure writes one line on stderr
 * (the stack only with PRESSROOM_DEBUG=1) and exits 1, or the UserError's code (2 for bad usage).
 */
export const runCli = async (name: string, main: () => Promise<number | void>): Promise<never> => {
  let code: number
  try {
    code = (await main()) ?? 0
  } catch (error) {
    if (error instanceof UserError) {
      process.stderr.write(`${name}: ${firstLine(error.message)}\n`)
      code = error.exitCode
    } else {
      const message = error instanceof Error ? error.message : String(error)
      process.stderr.write(`${name}: failed: ${firstLine(message)}\n`)
      if (process.env.PRESSROOM_DEBUG) console.error(error)
      code = 1
    }
  }
  process.exit(code)
}
