import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import type { Seeded } from './content'
import type { Row } from './measure'

import { ms, pct, stage } from './measure'
import { get, startServer } from './server'

export type DatabaseKind = 'sqlite' | 'postgres'

type Database = { url: string; dataDir: string; drop: () => Promise<void> }

const postgresAdmin =
  process.env.DATABASE_URL_POSTGRES || 'postgres://postgres@127.0.0.1:5432/postgres'

const makeDatabase = async (kind: DatabaseKind, label: string): Promise<Database> => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `pressroom-bench-${label}-`))
  if (kind === 'sqlite') {
    return {
      url: `file:${path.join(dataDir, 'bench.db')}`,
      dataDir,
      drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    }
  }
  // PRESSROOM_BENCH_DB_PREFIX: several people benchmarking on one PostgreSQL keep apart.
  const prefix = process.env.PRESSROOM_BENCH_DB_PREFIX || 'pressroom_bench'
  const name = `${prefix}_${label.replace(/\W/g, '_')}_${process.pid}`
  const admin = new pg.Client({ connectionString: postgresAdmin })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(postgresAdmin)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    dataDir,
    drop: async () => {
      const c = new pg.Client({ connectionString: postgresAdmin })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await c.end()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** Runs this bench in another process on `db` (Payload reads DATABASE_URL once per process). */
const child = (db: Database, args: string[]): string => {
  const run = spawnSync(process.execPath, ['scripts/run.mjs', 'bench', ...args], {
    env: {
      ...process.env,
      DATABASE_URL: db.url,
      PRESSROOM_DATA_DIR: db.dataDir,
      PAYLOAD_SECRET: 'bench-only-secret',
      PRESSROOM_PRERENDER: 'off',
    },
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  if (run.status !== 0) throw new Error(`bench ${args.join(' ')} failed (exit ${run.status})`)
  return run.stdout
}

type Archive = {
  n: number
  db: Database
  seeded: Seeded & { mediaFile: string }
  url: string
  stop: () => Promise<void>
  times: Map<string, number[]>
}

export type ScaleFigures = { rows: Row[]; explain: string | null }

const requests = (seeded: Seeded & { mediaFile: string }) => {
  const release = seeded.releaseIds[1]
  const quote = seeded.quoteIds[1]
  return [
    ['quote by id', `/api/quotes/${quote}`],
    ['a media file', `/api/media/file/${seeded.mediaFile}`],
    ['10 quotes', '/api/quotes?limit=10'],
    ['release at depth 1', `/api/press-releases/${release}?depth=1`],
    ['10 releases at depth 1', '/api/press-releases?limit=10&depth=1'],
    ['its HTML export', `/api/press-releases/${release}/html`],
  ] as const
}

/**
 * Anonymous reads with `small` releases and with `large` ones, on SQLite and PostgreSQL, each
 * over HTTP against the server `npm start` runs; the PostgreSQL plans of those reads at `large`.
 * Both archives' servers run at once and each read alternates between them, so a busy moment of
 * the machine, or a server's code still warming up, weighs on both figures alike.
 */
export const scaleSection = async (
  kinds: DatabaseKind[],
  small: number,
  large: number,
  quick: boolean,
): Promise<ScaleFigures> => {
  const rows: Row[] = []
  let explain: string | null = null
  for (const kind of kinds) {
    const archives: Archive[] = []
    const databases: Database[] = []
    try {
      try {
        for (const n of [small, large]) {
          stage(`scale: ${kind}, seeding ${n} releases`)
          const db = await makeDatabase(kind, `${kind}_${n}`)
          databases.push(db)
          const started = Date.now()
          const seeded = JSON.parse(
            child(db, ['--seed-only', '--releases', String(n)])
              .trim()
              .split('\n')
              .pop() as string,
          )
          stage(
            `scale: ${kind}, ${n} releases seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`,
          )
          const server = await startServer({
            DATABASE_URL: db.url,
            PRESSROOM_DATA_DIR: db.dataDir,
            PAYLOAD_SECRET: 'bench-only-secret',
            PRESSROOM_PRERENDER: 'off',
          })
          archives.push({ n, db, seeded, url: server.url, stop: server.stop, times: new Map() })
        }
        stage(`scale: ${kind}, reads alternating between ${small} and ${large} releases`)
        for (let r = 0; r < requests(archives[0].seeded).length; r++) {
          const routes = archives.map((a) => requests(a.seeded)[r])
          const name = routes[0][0]
          let slow = false
          for (const [i, archive] of archives.entries()) {
            const first = await get(`${archive.url}${routes[i][1]}`)
            if (first.status !== 200)
              throw new Error(`${kind} ${archive.n}: GET ${routes[i][1]} answered ${first.status}`)
            // A read that takes seconds is timed 3 times, not 30: the run stays bounded.
            slow ||= first.ms > 1000
          }
          const warm = slow ? 0 : 10
          const times = slow ? 3 : quick ? 10 : 30
          for (let k = 0; k < warm + times; k++) {
            for (const [i, archive] of k % 2
              ? [...archives.entries()].reverse()
              : [...archives.entries()]) {
              const t = (await get(`${archive.url}${routes[i][1]}`)).ms
              if (k >= warm) archive.times.set(name, [...(archive.times.get(name) ?? []), t])
            }
          }
        }
      } finally {
        for (const archive of archives) await archive.stop()
      }
      const largest = archives[archives.length - 1]
      if (kind === 'postgres' && largest?.n === large) {
        stage('scale: PostgreSQL plans')
        const { releaseIds, quoteIds, mediaFile } = largest.seeded
        try {
          explain = child(largest.db, [
            '--explain',
            JSON.stringify({
              releaseIds: releaseIds.slice(0, 2),
              quoteIds: quoteIds.slice(0, 2),
              mediaFile,
            }),
          ])
        } catch (error) {
          explain = `(the plans could not be taken: ${(error as Error).message})`
        }
      }
    } finally {
      for (const db of databases) await db.drop()
    }
    for (const [name] of requests({
      releaseIds: [0, 0],
      quoteIds: [0, 0],
      mediaIds: [],
      packId: null,
      mediaFile: '',
    })) {
      const a = pct(archives[0].times.get(name) as number[], 50)
      const b = pct(archives[1].times.get(name) as number[], 50)
      rows.push([
        `${kind}: anonymous ${name}`,
        ms(b),
        ms(a),
        `≤ 1.5× — ${(b / a).toFixed(1)}×, ${b / a <= 1.5 ? 'met' : 'NOT met'}`,
      ])
    }
  }
  return { rows, explain }
}
