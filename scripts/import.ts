// `npm run import -- <file.txt|file.docx> [--locale pl|en|uk] [--headline "…"] [--json]`:
// creates a draft press release from a file. Exit codes: 0 ok, 1 failure, 2 bad usage.
import { Command, CommanderError } from 'commander'

import { runCli } from '../src/lib/cli'
import { UserError } from '../src/lib/errors'

// Logs go to stderr, and only errors: stdout carries the result (JSON with --json).
process.env.PRESSROOM_LOG_LEVEL ||= 'error'

type Options = { locale?: string; headline?: string; json?: boolean }

const usage = 'usage: npm run import -- <file> [--locale pl|en|uk] [--headline "…"] [--json]'

const program = new Command('import')
  .description('Create a draft press release from a .txt or .docx file.')
  .argument('<file>', 'a .txt (UTF-8, hard-wrapped is fine) or .docx file')
  .option('--locale <locale>', 'language of the file: pl, en or uk', 'pl')
  .option(
    '--headline <text>',
    'headline to use instead of the first paragraph (without one and none in the file: the first sentence, marked provisional)',
  )
  .option('--json', 'print {"id":…,"slug":"…"} on stdout')
  .exitOverride()
  .configureOutput({ writeErr: () => {} })

const main = async () => {
  try {
    program.parse()
  } catch (error) {
    if (error instanceof CommanderError && error.exitCode === 0) return 0
    if (error instanceof CommanderError)
      throw new UserError(`${error.message.replace(/^error: /, '')} (${usage})`, 2)
    throw error
  }
  const [file] = program.args
  const options = program.opts<Options>()

  const { createImportedDraft, prepareImport } = await import('../src/import')
  // Everything a user can get wrong is checked before Payload starts or the database is touched.
  const prepared = await prepareImport(file, options)

  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config, cron: false })
  try {
    const result = await createImportedDraft(payload, prepared)
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ id: result.id, slug: result.slug })}\n`)
    } else {
      const { importSummary } = await import('../src/import/summary')
      const { wordsIn } = await import('../src/lib/translations')
      const { readOfficeTimezone } = await import('../src/lib/settings')
      const zone = await readOfficeTimezone(payload)
      const [, ...notes] = importSummary(result, wordsIn('en'), 'en', zone)
      process.stdout.write(
        `Created draft press release ${result.id} „${result.headline}” (${result.locale}, slug ${result.slug}).\n`,
      )
      for (const note of notes) process.stdout.write(`${note}\n`)
    }
  } finally {
    await payload.destroy()
  }
}

// Top-level await: should anything leave main() pending, Node exits 13, never a silent 0.
await runCli('import', main)
