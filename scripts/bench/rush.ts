import type { Payload } from 'payload'

import fs from 'node:fs'
import os from 'node:os'

import type { Row } from './measure'

import { body, seedBench } from './content'
import { bareServer, hammer, type Hammered } from './hammer'
import { burst, createRelease } from './http'
import { met, mib, ms, printTable, stage, treeMemory } from './measure'
import { benchDataEnv, type BenchServer, startServer } from './server'

const bytesOf = async (url: string) => {
  const res = await fetch(url)
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}`)
  return { body: Buffer.from(await res.arrayBuffer()), type: res.headers.get('content-type') ?? '' }
}

const figures = (h: Hammered) =>
  `${Math.round(h.rps).toLocaleString('en')} req/s, p50 ${ms(h.p50)}, p99 ${ms(h.p99)}, ${h.errors} errors`

/**
 * `npm run bench -- --rush`: the newsroom in a city-wide rush, over the server `npm start` runs
 * (SQLite, loopback), side by side with a bare Node `http` server sending the same bytes: the home
 * page and a release page at 50 concurrent for `seconds`; a mixed load (release page 50 %, home
 * 30 %, PDF 15 %, feed 5 %) for `mixedSeconds`, with the server's memory at its start and end;
 * and 100 concurrent PDFs in the first second after an immediate publication.
 */
export const rushBench = async (
  boot: () => Promise<Payload>,
  { seconds = 10, mixedSeconds = 60 }: { seconds?: number; mixedSeconds?: number } = {},
) => {
  const { dataDir, env } = benchDataEnv('pressroom-bench-rush-')
  const rows: Row[] = []
  try {
    stage('rush: seeding 30 releases')
    const payload = await boot()
    let seeded
    try {
      seeded = await seedBench(payload, { releases: 30, quotes: 10, media: 4 })
    } finally {
      await payload.destroy()
    }
    stage('rush: starting the server npm start runs')
    const server = await startServer({ ...env, PRESSROOM_PRERENDER: 'on' })
    try {
      const { docs } = (await (
        await fetch(`${server.url}/api/press-releases?limit=1&depth=0&sort=-createdAt`)
      ).json()) as { docs: { id: number; slug: string }[] }
      const release = docs[0]
      const paths = {
        home: '/pl',
        release: `/pl/${release.slug}`,
        pdf: `/api/press-releases/${release.id}/pdf?locale=pl`,
        feed: '/pl/feed.xml',
      }
      const pages = new Map([
        [paths.home, await bytesOf(`${server.url}${paths.home}`)],
        [paths.release, await bytesOf(`${server.url}${paths.release}`)],
      ])
      await bytesOf(`${server.url}${paths.pdf}`)
      await bytesOf(`${server.url}${paths.feed}`)
      const bare = await bareServer(pages)
      try {
        for (const [name, path] of [
          ['home `/pl`', paths.home],
          ['release page `/pl/{slug}`', paths.release],
        ] as const) {
          stage(`rush: ${name}, 50 concurrent for ${seconds} s, ours then bare`)
          const ours = await hammer(server.url, () => path, { seconds })
          const naked = await hammer(bare.url, () => path, { seconds })
          const ok = ours.rps >= 2000 && ours.p99 <= 50 && ours.rps >= naked.rps / 6
          rows.push([
            `${name}, 50 concurrent, ${seconds} s (${pages.get(path)?.body.byteLength.toLocaleString('en')} bytes)`,
            figures(ours),
            `bare Node http, same bytes: ${figures(naked)}`,
            `≥ 2,000 req/s, p99 ≤ 50 ms, ≥ 1/6 of bare — ${met(ok)}`,
          ])
        }
      } finally {
        await bare.close()
      }

      stage(`rush: mixed load for ${mixedSeconds} s`)
      const mix = (): string => {
        const r = Math.random()
        return r < 0.5 ? paths.release : r < 0.8 ? paths.home : r < 0.95 ? paths.pdf : paths.feed
      }
      const before = treeMemory(server.pid)
      const mixed = await hammer(server.url, mix, { seconds: mixedSeconds })
      const after = treeMemory(server.pid)
      rows.push([
        `mixed: release 50 %, home 30 %, PDF 15 %, feed 5 %; 50 concurrent, ${mixedSeconds} s`,
        `${figures(mixed)}; RSS ${mib(before.rss)} → ${mib(after.rss)} (server and browser)`,
        '',
        `0 errors, p99 ≤ 100 ms, flat memory — ${met(mixed.errors === 0 && mixed.p99 <= 100)}`,
      ])

      stage('rush: 100 concurrent PDFs in the first second after an immediate publication')
      rows.push(await firstBurst(server, seeded.quoteIds[0]))
    } finally {
      await server.stop()
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
  printRush(rows)
}

/** 100 concurrent anonymous PDFs right after an immediate publication (its row, or why it failed). */
const firstBurst = async (server: BenchServer, quoteId: number): Promise<Row> => {
  try {
    const id = await createRelease(
      server,
      {
        headline: 'Alarm powodziowy: zamknięte bulwary wiślane',
        lead: 'Miasto zamyka bulwary od Mostu Dębnickiego do Mostu Kotlarskiego.',
        place: 'Kraków',
        date: new Date().toISOString(),
        body: body(),
        quotes: [quoteId],
        _status: 'published',
      },
      // The bench's one editor publishes their own text, as in an emergency (second pair of eyes).
      `?forceReason=${encodeURIComponent('Alarm powodziowy: publikacja natychmiast')}`,
    )
    const first = await burst(100, `${server.url}/api/press-releases/${id}/pdf?locale=pl`)
    return [
      '100 concurrent PDFs, first second after an immediate publication',
      `p50 ${ms(first.p50)}, p99 ${ms(first.p99)}, ${first.errors} errors`,
      '',
      `p99 ≤ 300 ms — ${met(first.p99 <= 300 && first.errors === 0)}`,
    ]
  } catch (error) {
    return [
      '100 concurrent PDFs after a publication',
      `failed: ${(error as Error).message}`,
      '',
      '',
    ]
  }
}

const printRush = (rows: Row[]) => {
  const cpus = os.cpus()
  console.log(`## The rush — ${new Date().toISOString()}\n`)
  console.log(
    `Machine: ${cpus.length} × ${cpus[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(
        ' ',
      )} at the end. Load from this process (a closed loop of kept-alive connections, as autocannon makes) on loopback.`,
  )
  printTable('The newsroom in a rush (the npm start server, SQLite)', rows, [
    'measure',
    'ours',
    'bare Node http server',
    'goal',
  ])
}
