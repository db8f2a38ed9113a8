/**
 * npm run bench — Pressroom's figures side by side with the naive way, in one run:
 *   generator  in-process, DB → PDF with the page pool vs a new browser per PDF; batch; pack;
 *              peak memory with 50 concurrent exports; WeasyPrint in-process on the same HTML
 *   http       over the server `npm start` runs: a warm published PDF from the render store vs rendered per
 *              request; 100 concurrent PDFs in the first second after an embargo lift; a draft
 *              PDF right after a save
 *   scale      anonymous reads with 5 releases and with --releases N, on SQLite and PostgreSQL,
 *              and the PostgreSQL plans of those reads
 *   mail       1,000 recipients of one release to a local SMTP sink: messages/s, peak RSS
 *   signup     the sign-up form's answer for new, pending, confirmed and unsubscribed addresses
 *   imports    reads every 100 ms during the worst .docx and the largest CSV the import limits
 *              allow, over HTTP; converting that .docx in a worker vs on the request thread
 * Options: --browser auto|system|packaged, --quick (fewer runs, N = 500), --releases N,
 * --sections generator,http,scale,mail,signup,imports, --no-postgres.
 */
import type { Payload } from 'payload'

import { Command } from 'commander'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Row } from './bench/measure'

process.env.PRESSROOM_LOG_LEVEL ||= 'error'

const program = new Command()
  .name('npm run bench --')
  .option('--browser <which>', 'auto, system or packaged', 'auto')
  .option('--quick', 'fewer repetitions and 500 releases for scale, for development')
  .option('--releases <n>', 'releases seeded for the scale section (default 20000, quick 500)')
  .option(
    '--sections <list>',
    'generator,http,scale,mail,signup,imports',
    'generator,http,scale,mail,signup,imports',
  )
  .option('--no-postgres', 'scale on SQLite only')
  .option('--newsroom', 'the public newsroom over HTTP with 2,000 releases instead')
  .option(
    '--rush',
    'the newsroom in a rush: pages against a bare server, a mixed load, a first burst',
  )
  .option('--load', 'two instances on PostgreSQL under 40 staff saves and 200 readers instead')
  .option('--save-loop', 'with --load: each of the 40 editors saves in a closed loop (stress)')
  .option('--seconds <n>', 'how long --load runs (default 60)')
  .option('--seed-only', 'internal: seed DATABASE_URL and print the ids as JSON')
  .option('--explain <seeded>', 'internal: print the PostgreSQL plans of the anonymous reads')
  .parse(process.argv)
const opts = program.opts<{
  browser: string
  quick?: boolean
  releases?: string
  sections: string
  postgres: boolean
  newsroom?: boolean
  rush?: boolean
  load?: boolean
  saveLoop?: boolean
  seconds?: string
  seedOnly?: boolean
  explain?: string
}>()

const boot = async (): Promise<Payload> => {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  return getPayload({ config, cron: false })
}

/** Seeds the database named by DATABASE_URL and prints what was made (scale section's child). */
const seedOnly = async (releases: number) => {
  const { growArchive, seedBench } = await import('./bench/content')
  const payload = await boot()
  try {
    const seeded = await seedBench(payload, { releases: Math.min(releases, 100) })
    await growArchive(payload, seeded, releases)
    // The second image: the first is cited only by embargoed releases (every tenth).
    const media = await payload.findByID({
      collection: 'media',
      id: seeded.mediaIds[1],
      overrideAccess: true,
    })
    console.log(JSON.stringify({ ...seeded, mediaFile: media.filename }))
  } finally {
    await payload.destroy()
  }
}

const main = async () => {
  const quick = Boolean(opts.quick)
  const sections = new Set(opts.sections.split(','))
  process.env.PRESSROOM_BROWSER = opts.browser
  const { browserChoice } = await import('../src/generator/findBrowser')
  browserChoice(opts.browser)
  const large = Number(opts.releases ?? (quick ? 500 : 20_000))
  const tables: [string, Row[], Row?][] = []
  let browser = ''
  let explain: string | null = null

  const { benchDataEnv } = await import('./bench/server')
  const { dataDir, env } = benchDataEnv('pressroom-bench-')
  try {
    const { seedBench } = await import('./bench/content')
    const { stage } = await import('./bench/measure')
    // The mail section's SMTP sink must be up before the config reads SMTP_URL.
    const mailSink = sections.has('mail')
      ? await (await import('./bench/mail')).startMailSink()
      : null
    if (mailSink) Object.assign(process.env, { SMTP_URL: mailSink.url, PRESSROOM_MAIL_RATE: '0' })
    stage('booting Payload and seeding 100 releases')
    const payload = await boot()
    let seeded
    let weasyP50: number | null = null
    try {
      seeded = await seedBench(payload, { releases: 100 })
      if (sections.has('generator')) {
        const { generatorSection } = await import('./bench/generator')
        const figures = await generatorSection(payload, seeded.releaseIds, seeded.packId, quick)
        browser = figures.browser
        weasyP50 = figures.weasyP50
        tables.push(['Generator, in-process (no render store)', figures.rows])
      }
      if (mailSink) {
        const { mailSection } = await import('./bench/mail')
        tables.push([
          'Mail: sending to journalists',
          await mailSection(payload, mailSink, seeded.releaseIds[0], quick),
        ])
      }
    } finally {
      await payload.destroy()
      await mailSink?.stop()
    }
    if (sections.has('http')) {
      const { startServer } = await import('./bench/server')
      const { httpSection } = await import('./bench/http')
      stage('http: starting the server npm start runs')
      const server = await startServer({
        ...env,
        PRESSROOM_BROWSER: opts.browser,
        PRESSROOM_PRERENDER: 'on',
      })
      try {
        const publicIds = seeded.releaseIds.filter((_, i) => (i + 1) % 10 !== 0)
        tables.push([
          'Over HTTP (the npm start server, SQLite)',
          await httpSection(server, publicIds, seeded.quoteIds[0], quick, weasyP50, seeded.packId),
        ])
      } finally {
        await server.stop()
      }
    }
    if (sections.has('imports')) {
      const { startServer } = await import('./bench/server')
      const { importsSection } = await import('./bench/imports')
      stage('imports: starting the server npm start runs')
      const server = await startServer(env)
      try {
        tables.push([
          'Imports: reads during the largest imports the limits allow (the npm start server, SQLite)',
          await importsSection(server, quick),
        ])
      } finally {
        await server.stop()
      }
    }
    if (sections.has('signup')) {
      const { startServer } = await import('./bench/server')
      const { signupSection } = await import('./bench/signup')
      stage('signup: starting the server npm start runs, behind one trusted proxy')
      const server = await startServer({ ...env, PRESSROOM_TRUST_PROXY: '1' })
      try {
        // Medians 1 ms apart are noise at 30 tries; the full run takes 100 of each kind.
        const tries = quick ? 30 : 100
        tables.push([
          'Sign-up timing (the npm start server, SQLite)',
          await signupSection(server, tries),
        ])
      } finally {
        await server.stop()
      }
    }
    if (sections.has('scale')) {
      const { scaleSection } = await import('./bench/scale')
      const kinds = opts.postgres ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const)
      const figures = await scaleSection([...kinds], 5, large, quick)
      explain = figures.explain
      tables.push([
        `Scale: anonymous reads over HTTP, p50, 5 vs ${large.toLocaleString('en')} releases`,
        figures.rows,
        ['measure', `${large.toLocaleString('en')} releases`, '5 releases', 'goal'],
      ])
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true })
  }

  const { printTable } = await import('./bench/measure')
  const cpus = os.cpus()
  console.log(`## Pressroom benchmark — ${new Date().toISOString()}${quick ? ' (quick)' : ''}\n`)
  console.log(
    `Machine: ${cpus.length} × ${cpus[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  )
  if (browser) console.log(`Browser: ${browser} (--browser ${opts.browser})`)
  for (const [title, rows, head] of tables) printTable(title, rows, head)
  if (explain)
    console.log(`\n### PostgreSQL plans at ${large.toLocaleString('en')} releases\n\n${explain}`)
}

// `npm run bench -- --newsroom`: the public newsroom's figures (scripts/bench-newsroom.ts).
// `npm run bench -- --rush`: the newsroom's pages in a rush (scripts/bench/rush.ts).
// `npm run bench -- --load`: two instances under editors and readers (scripts/bench/load.ts).
const load = async () => {
  const { loadBench } = await import('./bench/load')
  const ok = await loadBench(boot, {
    seconds: Number(opts.seconds ?? 60),
    staff: 40,
    readers: 200,
    saveLoop: opts.saveLoop,
  })
  if (!ok) throw new Error('5xx answers or a lost save under load (see the table)')
}

const run = opts.newsroom
  ? import('./bench-newsroom').then((m) => m.benchNewsroom())
  : opts.rush
    ? import('./bench/rush').then((m) =>
        m.rushBench(boot, opts.seconds ? { mixedSeconds: Number(opts.seconds) } : {}),
      )
    : opts.load
      ? load()
      : opts.seedOnly
        ? seedOnly(Number(opts.releases ?? 5))
        : opts.explain
          ? import('./bench/explain').then(({ explainReads }) =>
              explainReads(boot, JSON.parse(opts.explain as string)),
            )
          : main()

run.then(
  () => process.exit(0),
  (error) => {
    console.error(`bench: ${(error as Error).message}`)
    process.exit(1)
  },
)
