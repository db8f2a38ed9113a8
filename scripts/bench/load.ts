import type { Payload } from 'payload'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { buildIfNeeded } from '../build-if-needed'
import { seedBench } from './content'
import { ms, pct, stage } from './measure'
import { startServer, type BenchServer } from './server'

export type LoadOptions = {
  seconds: number
  staff: number
  readers: number
  /** Each editor saves again as soon as the last save answered (a stress run), instead of once. */
  saveLoop?: boolean
}

type Sample = { route: string; status: number; ms: number }

/**
 * `npm run bench -- --load`: two instances (the server `npm start` runs, of one build) on one
 * PostgreSQL database and one data folder, for `seconds`, spread over both instances, loopback
 * only: `readers` anonymous readers in closed loops (a new request when the last one answered)
 * and `staff` draft saves, one per editor, spread evenly over the run (the issue's "40 staff
 * saves"); with `saveLoop`, each editor saves in a closed loop too (a stress far past a press
 * office: hundreds of saves a minute). Reports per route p50/p99, the 5xx count, and whether every save
 * answered 200 is in the versions history.
 */
export const loadBench = async (boot: () => Promise<Payload>, options: LoadOptions) => {
  const serverUrl =
    process.env.DATABASE_URL_POSTGRES || 'postgres://postgres@127.0.0.1:5432/postgres'
  const database = `pressroom_bench_load_${process.pid}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
  await admin.query(`CREATE DATABASE ${database}`)
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pressroom-bench-load-'))
  const env = {
    DATABASE_URL: url.toString(),
    PRESSROOM_DATA_DIR: dataDir,
    PAYLOAD_SECRET: 'bench-load-only-secret',
  }
  Object.assign(process.env, env, { PRESSROOM_PRERENDER: 'off' })
  const servers: BenchServer[] = []
  const sql = new pg.Pool({ connectionString: env.DATABASE_URL, max: 2 })
  // Dropping the database at the end cuts the idle connections of this process's pools.
  sql.on('error', () => {})
  try {
    stage('load: seeding 60 releases into PostgreSQL')
    const payload = await boot()
    let seeded
    try {
      seeded = await seedBench(payload, { releases: 60, quotes: 20, media: 4 })
    } finally {
      await payload.destroy()
    }
    stage('load: starting two instances')
    // At the same moment, each signing the bench's editor in (src/payload-patches/sessionWrites.ts
    // keeps both sessions).
    await buildIfNeeded((line) => process.stderr.write(`bench: ${line}\n`))
    servers.push(...(await Promise.all([startServer(env), startServer(env)])))
    const publicIds = seeded.releaseIds.filter((_, i) => (i + 1) % 10 !== 0)
    const { rows: slugs } = await sql.query(
      'select id, slug from press_releases where id = any($1)',
      [publicIds],
    )
    // Each editor saves drafts of a release of their own.
    const staffIds = seeded.releaseIds.slice(0, options.staff)

    // The releases were seeded with rendering off; in use, publication renders each PDF in the
    // background. Render them now, one at a time, so the run measures a newsroom in use (a first
    // render under a rush is what `--sections http` times as the embargo lift).
    stage('load: rendering the public PDFs once, as publication would')
    for (const id of publicIds) {
      await fetch(`${servers[0].url}/api/press-releases/${id}/pdf?locale=pl`).then((r) =>
        r.arrayBuffer(),
      )
    }

    const samples: Sample[] = []
    const acknowledged: { id: number; headline: string }[] = []
    const end = Date.now() + options.seconds * 1000
    const timed = async (
      route: string,
      server: BenchServer,
      pathname: string,
      init: RequestInit = {},
    ) => {
      const start = performance.now()
      let status = 0
      try {
        const res = await fetch(`${server.url}${pathname}`, {
          ...init,
          signal: AbortSignal.timeout(30_000),
        })
        await res.arrayBuffer()
        status = res.status
      } catch {
        status = 0
      }
      samples.push({ route, status, ms: performance.now() - start })
      return status
    }
    const reader = async (n: number) => {
      for (let i = n; Date.now() < end; i++) {
        const server = servers[i % 2]
        const r = slugs[i % slugs.length] as { id: number; slug: string }
        switch (i % 5) {
          case 0:
            await timed('GET /pl (newsroom list)', server, '/pl')
            break
          case 1:
            await timed('GET /pl/{slug}', server, `/pl/${r.slug}`)
            break
          case 2:
            await timed(
              'GET /api/press-releases/:id',
              server,
              `/api/press-releases/${r.id}?depth=0`,
            )
            break
          case 3:
            await timed(
              'GET /api/press-releases/:id/pdf',
              server,
              `/api/press-releases/${r.id}/pdf?locale=pl`,
            )
            break
          default:
            await timed(
              'GET /api/press-releases/:id/txt',
              server,
              `/api/press-releases/${r.id}/txt?locale=pl`,
            )
        }
      }
    }
    const editor = async (n: number) => {
      const id = staffIds[n % staffIds.length]
      if (!options.saveLoop) {
        const at =
          end - options.seconds * 1000 + ((n + 0.5) * options.seconds * 1000) / options.staff
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())))
      }
      for (let i = 0; Date.now() < end && (options.saveLoop || i < 1); i++) {
        const headline = `Wersja robocza ${n}.${i}`
        const status = await timed(
          'PATCH /api/press-releases/:id (draft save)',
          servers[(n + i) % 2],
          `/api/press-releases/${id}?draft=true&depth=0`,
          {
            method: 'PATCH',
            headers: { 'Content-Type': 'application/json', Authorization: servers[0].auth },
            body: JSON.stringify({ headline }),
          },
        )
        if (status === 200) acknowledged.push({ id, headline })
      }
    }
    stage(`load: ${options.staff} editors and ${options.readers} readers for ${options.seconds} s`)
    await Promise.all([
      ...Array.from({ length: options.readers }, (_, n) => reader(n)),
      ...Array.from({ length: options.staff }, (_, n) => editor(n)),
    ])

    const { rows } = await sql.query(
      `select distinct l.version_headline as headline from _press_releases_v v
        join _press_releases_v_locales l on l._parent_id = v.id where v.parent_id = any($1)`,
      [staffIds],
    )
    const versions = new Set(rows.map((r: { headline: string }) => r.headline))
    const lost = acknowledged.filter((a) => !versions.has(a.headline))

    const routes = [...new Set(samples.map((s) => s.route))]
    const table = routes.map((route) => {
      const of = samples.filter((s) => s.route === route)
      const times = of.map((s) => s.ms)
      const errors = of.filter((s) => s.status === 0 || s.status >= 500).length
      return `| ${route} | ${of.length} | ${ms(pct(times, 50))} | ${ms(pct(times, 99))} | ${errors} |`
    })
    const fivexx = samples.filter((s) => s.status >= 500).length
    const failed = samples.filter((s) => s.status === 0).length
    const byStatus = new Map<number, number>()
    for (const s of samples) byStatus.set(s.status, (byStatus.get(s.status) ?? 0) + 1)
    const statuses = [...byStatus]
      .sort((a, b) => a[0] - b[0])
      .map(([code, n]) => `${code || 'none'}: ${n}`)
    const cpus = os.cpus()
    console.log(`## Two instances under load — ${new Date().toISOString()}\n`)
    console.log(
      `Machine: ${cpus.length} × ${cpus[0]?.model.trim()}, load average ${os.loadavg()[0].toFixed(1)} at the end, Node ${process.version}`,
    )
    console.log(
      `${options.saveLoop ? `${options.staff} editors saving drafts in closed loops` : `${options.staff} draft saves spread over the run`} and ${options.readers} anonymous readers in closed loops, ${options.seconds} s, over two instances of the npm start server on one PostgreSQL database (loopback).\n`,
    )
    console.log('| route | requests | p50 | p99 | 5xx or no answer |')
    console.log('|---|---|---|---|---|')
    for (const row of table) console.log(row)
    console.log(
      `\n${samples.length} requests (by status: ${statuses.join(', ')}); ${fivexx} answered 5xx, ${failed} got no answer within 30 s.`,
    )
    console.log(
      `${acknowledged.length} saves answered 200; ${lost.length} of them missing from the versions history.`,
    )
    return fivexx === 0 && failed === 0 && lost.length === 0
  } finally {
    await Promise.all(servers.map((s) => s.stop()))
    await sql.end()
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
    await admin.end()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
