/**
 * npm run export -- --release <id|slug> [--locale pl] [--format pdf,html,txt] [--out DIR] [--draft] [--json]
 * npm run export -- --pack <id|slug> [--format pdf,zip] [--out DIR] [--json]
 * npm run export -- --all [--locale pl] [--format pdf] [--out DIR] [--json]
 *
 * Exit codes: 0 written, 1 failed (one line on stderr), 2 bad usage.
 */
import type { Payload } from 'payload'

import { Command, CommanderError } from 'commander'
import path from 'node:path'

import { runCli } from '../src/lib/cli'
import { UserError } from '../src/lib/errors'

process.env.PRESSROOM_LOG_LEVEL ||= 'error'

type Options = {
  release?: string
  pack?: string
  all?: boolean
  locale?: string
  format?: string
  out: string
  draft?: boolean
  json?: boolean
}

type Written = { path: string; format: string; bytes: number }

const usage = (message: string) => new UserError(message, 2, 400)

const parseFormats = <T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  fallback: T[],
): T[] => {
  if (!value) return fallback
  const formats = value
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean)
  const wrong = formats.filter((f) => !allowed.includes(f as T))
  if (wrong.length || formats.length === 0) {
    throw usage(`Unknown format "${wrong.join(',') || value}": use ${allowed.join(', ')}`)
  }
  return [...new Set(formats)] as T[]
}

const program = new Command()
  .name('npm run export --')
  .description('Export press releases and press packs as PDF, HTML, text or ZIP.')
  .option('--release <id|slug>', 'one press release')
  .option('--pack <id|slug>', 'one press pack')
  .option('--all', 'every published release')
  .option('--locale <code>', 'pl, en or uk (default pl)')
  .option(
    '--format <list>',
    'release: pdf,html,txt (default: all three); pack: pdf,zip (default pdf)',
  )
  .option('--out <dir>', 'folder to write to', 'exports')
  .option('--draft', 'the latest draft instead of the published version, marked PROJEKT / DRAFT')
  .option('--json', 'print what was written as JSON')
  .exitOverride()
  .configureOutput({ writeErr: () => {} })

const sizeOf = (data: Uint8Array | string) =>
  typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength

const run = async (
  payload: Payload,
  options: Options,
  progress: (done: number, total: number, line: string) => void,
) => {
  const { sharedPool } = await import('../src/generator/browser')
  const { checkLocale } = await import('../src/generator/loadRelease')
  const { writeFiles } = await import('../src/generator/outputs')
  const { exportRelease, releaseFormats } = await import('../src/generator/release')
  const { exportPack } = await import('../src/generator/pack')
  const locale = checkLocale(options.locale)
  const out = path.resolve(options.out)
  const pool = sharedPool()
  const common = { locale, draft: Boolean(options.draft), overrideAccess: true, pool }
  const save = async (files: Awaited<ReturnType<typeof exportRelease>>): Promise<Written[]> => {
    const paths = await writeFiles(out, files)
    return files.map((f, i) => ({
      path: paths[i],
      format: path.extname(f.name).slice(1),
      bytes: sizeOf(f.data),
    }))
  }

  if (options.release) {
    const formats = parseFormats(options.format, releaseFormats, releaseFormats)
    return {
      written: await save(await exportRelease(payload, options.release, formats, common)),
      failed: [],
    }
  }
  if (options.pack) {
    const formats = parseFormats(options.format, ['pdf', 'zip'] as const, ['pdf'])
    return {
      written: await save(await exportPack(payload, options.pack, formats, common)),
      failed: [],
    }
  }

  const formats = parseFormats(options.format, releaseFormats, releaseFormats)
  const { docs } = await payload.find({
    collection: 'press-releases',
    where: { _status: { equals: 'published' } },
    pagination: false,
    depth: 0,
    locale,
    fallbackLocale: false,
    overrideAccess: true,
    select: { slug: true, headline: true },
  })
  const todo = docs.filter((d) => d.headline)
  const written: Written[] = []
  const failed: string[] = []
  let done = 0
  let next = 0
  const worker = async () => {
    while (next < todo.length) {
      const doc = todo[next++]
      const ref = doc.slug ?? String(doc.id)
      try {
        const files = await save(
          await exportRelease(payload, doc.id, formats, { ...common, draft: false }),
        )
        written.push(...files)
        progress(++done, todo.length, files.map((f) => f.path).join('\n'))
      } catch (error) {
        failed.push(`${ref}: ${(error as Error).message.split('\n')[0]}`)
        progress(++done, todo.length, '')
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(pool.size, 4) }, worker))
  return { written, failed }
}

const main = async (): Promise<number> => {
  let options: Options
  try {
    program.parse(process.argv)
    options = program.opts<Options>()
    const chosen = [options.release, options.pack, options.all].filter(Boolean).length
    if (chosen !== 1)
      throw usage(
        'Say what to export: exactly one of --release <id|slug>, --pack <id|slug> or --all',
      )
    if (options.pack && options.draft) throw usage('--draft applies to releases only')
  } catch (error) {
    const message =
      error instanceof CommanderError
        ? error.message.replace(/^error: /, '')
        : (error as Error).message
    if (
      error instanceof CommanderError &&
      (error.code === 'commander.helpDisplayed' || error.code === 'commander.version')
    ) {
      process.stdout.write(program.helpInformation())
      return 0
    }
    process.stderr.write(`export: ${message}\n`)
    return 2
  }

  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  let payload: Payload | undefined
  let bar: import('cli-progress').SingleBar | undefined
  try {
    payload = await getPayload({ config })
    const tty = Boolean(process.stderr.isTTY) && !options.json
    if (options.all && tty) {
      const { SingleBar, Presets } = await import('cli-progress')
      bar = new SingleBar(
        { format: 'Exporting {bar} {value}/{total} releases', stream: process.stderr },
        Presets.shades_classic,
      )
    }
    let started = false
    const { written, failed } = await run(payload, options, (done, total, line) => {
      if (bar) {
        if (!started) bar.start(total, 0)
        started = true
        bar.update(done)
      } else if (line && !options.json) process.stdout.write(`${line}\n`)
    })
    bar?.stop()
    if (options.json)
      process.stdout.write(`${JSON.stringify({ files: written, failed }, null, 2)}\n`)
    else if (!options.all) process.stdout.write(written.map((w) => `${w.path}\n`).join(''))
    else if (bar) process.stdout.write(written.map((w) => `${w.path}\n`).join(''))
    if (failed.length) {
      process.stderr.write(`export: ${failed.length} release(s) failed: ${failed.join('; ')}\n`)
      return 1
    }
    return 0
  } finally {
    bar?.stop()
    const { closeSharedPool } = await import('../src/generator/browser')
    await closeSharedPool().catch(() => {})
    await payload?.destroy().catch(() => {})
  }
}

// If loading ever stalls with nothing left to run, say so rather than exit 0 having done nothing.
process.on('beforeExit', () => {
  process.stderr.write('export: stopped before finishing (module loading stalled)\n')
  process.exit(1)
})
await runCli('export', main)
