/**
 * npm run bench -- --newsroom: the public newsroom over real HTTP against the built app, with
 * 2,000 public releases in a throwaway SQLite database: warm p50/p95 of the list, a release page,
 * the RSS feed and search; and search side by side with the naive way (read every public release
 * and its body, fold and filter in JavaScript).
 */
import type { Payload } from 'payload'

import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { buildIfNeeded } from './build-if-needed'

const RELEASES = 2000
const RUNS = 60

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
const ms = (n: number) => `${n.toFixed(1)} ms`
const stage = (name: string) => process.stderr.write(`bench: ${name}…\n`)

const words = [
  'tramwaj',
  'Kraków',
  'źródła',
  'budżet',
  'zieleń',
  'szkoła',
  'Nowa Huta',
  'Podgórze',
  'rower',
  'most',
]

const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
})

export const seedNewsroomBench = async (payload: Payload) => {
  const speaker = await payload.create({
    collection: 'people',
    data: { name: 'Anna Sokolnicka', role: 'Prezydent Miasta Krakowa' },
    overrideAccess: true,
  })
  const quote = await payload.create({
    collection: 'quotes',
    data: { text: 'Miasto słucha mieszkańców.', speaker: speaker.id, status: 'approved' },
    overrideAccess: true,
  })
  const start = Date.now() - RELEASES * 6 * 3600_000
  const slugs: string[] = []
  for (let i = 0; i < RELEASES; i++) {
    const w = (k: number) => words[(i * 7 + k) % words.length]
    const release = await payload.create({
      collection: 'press-releases',
      data: {
        headline: `Komunikat ${i}: ${w(0)} i ${w(1)} w dzielnicy ${w(2)}`,
        lead: `Mieszkańcy Krakowa zyskają nowe miejsca: ${w(3)}, ${w(4)} i ${w(5)}.`,
        place: 'Kraków',
        date: new Date(start + i * 6 * 3600_000).toISOString(),
        releaseType: 'immediate',
        topics: [w(6), w(7)],
        body: {
          root: {
            type: 'root',
            version: 1,
            direction: 'ltr',
            format: '',
            indent: 0,
            children: Array.from({ length: 8 }, (_, k) =>
              paragraph(
                `Akapit ${k}: urzędnicy opisują szczegóły – ${w(k)}, ${w(k + 3)}, terminy i koszty inwestycji w Krakowie.`,
              ),
            ),
          },
        },
        quotes: [quote.id],
        _status: 'published',
      } as never,
      overrideAccess: true,
    })
    slugs.push(release.slug!)
    if (i % 250 === 249) stage(`${i + 1} releases`)
  }
  return slugs
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })

/** The first answer (computed afresh) and then warm ones (from the newsroom's cache). */
const timeRequests = async (url: string, status = 200) => {
  const t0 = performance.now()
  await (await fetch(url)).arrayBuffer()
  const first = performance.now() - t0
  for (let i = 0; i < 5; i++) await (await fetch(url)).arrayBuffer()
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now()
    const res = await fetch(url)
    await res.arrayBuffer()
    if (res.status !== status) throw new Error(`${url}: ${res.status}`)
    times.push(performance.now() - t0)
  }
  return { first, times: times.sort((a, b) => a - b) }
}

const timeCalls = async (fn: () => Promise<unknown>, runs = 20) => {
  await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    await fn()
    times.push(performance.now() - t0)
  }
  return times.sort((a, b) => a - b)
}

export const benchNewsroom = async () => {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { searchReleases } = await import('../src/newsroom/search')
  const { publicReleaseWhere } = await import('../src/access/visibility')
  const { foldForSearch, searchWords } = await import('../src/lib/searchText')
  const { textBlocks } = await import('../src/generator/lexical')

  const payload = await getPayload({ config, cron: false })
  stage(`seeding ${RELEASES} public releases`)
  const slugs = await seedNewsroomBench(payload)
  // Two that must answer exactly like a slug that never existed: a draft and an embargoed one.
  const hidden = async (headline: string, data: Record<string, unknown>) =>
    (
      await payload.create({
        collection: 'press-releases',
        data: { headline, place: 'Kraków', date: new Date().toISOString(), ...data } as never,
        overrideAccess: true,
      })
    ).slug!
  const draftSlug = await hidden('Szkic komunikatu', { _status: 'draft' })
  const embargoedSlug = await hidden('Komunikat pod embargiem', {
    releaseType: 'embargoed',
    embargoUntil: new Date(Date.now() + 30 * 24 * 3600_000).toISOString(),
    _status: 'published',
  })

  stage('next build (if needed) and the server npm start runs')
  await buildIfNeeded((line) => process.stderr.write(`${line}\n`))
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const server = spawn(
    process.execPath,
    [path.join('scripts', 'run.mjs'), 'serve', '-p', String(port), '-H', '127.0.0.1'],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NODE_OPTIONS: '',
        NEXT_TELEMETRY_DISABLED: '1',
      },
      stdio: 'ignore',
    },
  )
  try {
    for (let ready = false, tries = 0; !ready; tries++) {
      if (tries > 300) throw new Error('the server did not answer')
      ready = await fetch(`${base}/robots.txt`).then(
        (r) => r.ok,
        () => false,
      )
      if (!ready) await new Promise((r) => setTimeout(r, 200))
    }
    const query = 'krakow zrodla'
    const rows: string[][] = []
    const measure = async (name: string, url: string, goal: number | null, status = 200) => {
      stage(name)
      const { first, times: t } = await timeRequests(`${base}${url}`, status)
      const verdict =
        goal === null ? 'none set' : `p50 ≤ ${goal} ms — ${pct(t, 50) <= goal ? 'met' : 'NOT met'}`
      rows.push([
        name,
        `first ${ms(first)}; warm p50 ${ms(pct(t, 50))}, p95 ${ms(pct(t, 95))}`,
        verdict,
      ])
    }
    await measure('List, first page (/pl)', '/pl', 30)
    await measure(
      'List, page 50 with a topic',
      `/pl?page=50&topic=${encodeURIComponent(words[6])}`,
      30,
    )
    await measure('Release page', `/pl/${slugs[Math.floor(RELEASES / 2)]}`, 30)
    await measure('RSS feed, newest 50', '/pl/feed.xml', 30)
    await measure(`Search "${query}"`, `/pl/search?q=${encodeURIComponent(query)}`, 60)
    await measure('404, no such release', '/pl/nie-ma-takiego-komunikatu', null, 404)
    await measure('404, a draft', `/pl/${draftSlug}`, null, 404)
    await measure('404, under embargo', `/pl/${embargoedSlug}`, null, 404)

    stage('search in process: ours vs the naive way')
    // Both computed afresh each time (the server, already started, keeps its cache).
    process.env.PRESSROOM_NEWSROOM_CACHE = 'off'
    const now = new Date()
    const ours = await timeCalls(() => searchReleases(payload, 'pl', query, now))
    const naive = await timeCalls(async () => {
      const w = searchWords(query)
      const { docs } = await payload.find({
        collection: 'press-releases',
        where: publicReleaseWhere(now),
        locale: 'pl',
        depth: 0,
        pagination: false,
        select: { headline: true, lead: true, body: true },
        overrideAccess: false,
      })
      return docs.filter((d) => {
        const text = foldForSearch(
          [
            d.headline,
            d.lead,
            d.body
              ? textBlocks(d.body)
                  .map((b) => b.text)
                  .join(' ')
              : '',
          ].join(' '),
        )
        return w.every((x) => text.includes(x))
      })
    }, 5)
    rows.push([
      'Search in process: ours vs naive',
      `p50 ${ms(pct(ours, 50))} vs ${ms(pct(naive, 50))}`,
      `ours is ${(pct(naive, 50) / pct(ours, 50)).toFixed(1)}× faster`,
    ])

    const cpus = os.cpus()
    console.log(`Pressroom newsroom benchmark — ${new Date().toISOString()}`)
    console.log(
      `Machine: ${cpus.length} × ${cpus[0]?.model.trim()}, Node ${process.version}; ${RELEASES} public releases, SQLite; ${RUNS} warm sequential requests each\n`,
    )
    const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c].length), 10))
    const line = (r: string[]) => `| ${r.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`
    console.log(line(['measure', 'result', 'goal']))
    console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
    for (const r of rows) console.log(line(r))
  } finally {
    server.kill('SIGTERM')
    await payload.destroy()
    // The throwaway data folder scripts/bench.ts made for this run.
    if (process.env.PRESSROOM_DATA_DIR)
      fs.rmSync(process.env.PRESSROOM_DATA_DIR, { recursive: true, force: true })
  }
}
