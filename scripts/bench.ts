/**
 * npm run bench — the generator's figures side by side, on a throwaway database:
 * warm single release DB → PDF (p50/p95), batch PDFs/s for 100 releases, a 20-release pack,
 * peak RSS (Node + Chromium) with 50 concurrent exports, the naive way (a new browser per PDF),
 * and WeasyPrint on the same HTML when `weasyprint` is on PATH.
 */
import type { Payload } from 'payload'

import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'


process.env.PRESSROOM_LOG_LEVEL ||= 'error'
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pressroom-bench-'))
process.env.PRESSROOM_DATA_DIR = dataDir
process.env.DATABASE_URL = `file:${path.join(dataDir, 'bench.db')}`
process.env.PAYLOAD_SECRET ||= 'bench-only-secret'

const now = () => performance.now()
const stage = (name: string) => process.stderr.write(`bench: ${name}…\n`)
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
const ms = (n: number) => `${n.toFixed(1)} ms`

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

const body = {
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    children: Array.from({ length: 6 }, (_, i) =>
      paragraph(
        `Akapit ${i + 1}. Miasto rozpoczyna kolejny etap prac: na odcinku od pętli w Mistrzejowicach do ronda Czyżyńskiego powstanie 15 km torowiska i siedem przystanków z wiatami, a piesi i rowerzyści zyskają nowe przejścia.`,
      ),
    ),
  },
}

/**
 * Memory of a process and all its descendants (Chromium runs as several): resident (RSS, which
 * counts pages shared between the processes once per process) and proportional (PSS, shared
 * pages split between their sharers, the honest total).
 */
const treeMemory = (root: number): { rss: number; pss: number } => {
  const children = new Map<number, number[]>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    } catch {
      // gone meanwhile
    }
  }
  const total = { rss: 0, pss: 0 }
  const stack = [root]
  while (stack.length) {
    const pid = stack.pop() as number
    try {
      const rollup = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8')
      total.rss += Number(/^Rss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0) * 1024
      total.pss += Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0) * 1024
    } catch {
      // gone meanwhile
    }
    stack.push(...(children.get(pid) ?? []))
  }
  return total
}

const seed = async (payload: Payload) => {
  await payload.updateGlobal({
    slug: 'press-office',
    data: { city: 'Kraków', officeName: 'Biuro Prasowe Urzędu Miasta Krakowa', letterhead: 'pl. Wszystkich Świętych 3–4\n31-004 Kraków' },
    overrideAccess: true,
  })
  const person = await payload.create({
    collection: 'people',
    data: { name: 'Marta Zielińska', role: 'Prezydent Miasta Krakowa' },
    overrideAccess: true,
  })
  const quote = await payload.create({
    collection: 'quotes',
    data: { text: 'To inwestycja, na którą mieszkańcy czekali od lat.', speaker: person.id, status: 'approved' },
    overrideAccess: true,
  })
  const ids: number[] = []
  for (let i = 1; i <= 100; i++) {
    const release = await payload.create({
      collection: 'press-releases',
      data: {
        headline: `Komunikat ${i}: nowa linia tramwajowa w Nowej Hucie`,
        lead: 'Od poniedziałku rusza budowa nowej trasy tramwajowej w północno-wschodniej części miasta.',
        place: 'Kraków',
        date: '2025-10-15T10:00:00.000Z',
        releaseType: 'immediate',
        body,
        quotes: [quote.id],
        _status: 'published',
      } as never,
      overrideAccess: true,
    })
    ids.push(release.id)
  }
  const pack = await payload.create({
    collection: 'press-packs',
    data: { title: 'Pakiet: 20 komunikatów', date: '2025-10-20T10:00:00.000Z', releases: ids.slice(0, 20), _status: 'published' },
    overrideAccess: true,
  })
  return { ids, packId: pack.id }
}

const main = async () => {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { BrowserPool } = await import('../src/generator/browser')
  const { exportRelease, loadForExport, releasePrintHtml } = await import('../src/generator/release')
  const { exportPack } = await import('../src/generator/pack')

  stage('booting Payload')
  const payload = await getPayload({ config })
  const rows: [string, string, string][] = []
  const pool = new BrowserPool()
  try {
    stage('seeding 100 releases')
    const { ids, packId } = await seed(payload)
    stage('single release')
    const opts = { locale: 'pl' as const, overrideAccess: true, pool }
    const one = (id: number) => exportRelease(payload, id, ['pdf'], opts)

    for (let i = 0; i < 5; i++) await one(ids[i])
    const single: number[] = []
    for (let i = 0; i < 60; i++) {
      const start = now()
      await one(ids[i % ids.length])
      single.push(now() - start)
    }
    single.sort((a, b) => a - b)
    rows.push(['Warm single release DB → PDF', `p50 ${ms(pct(single, 50))}, p95 ${ms(pct(single, 95))}`, 'p50 ≤ 40 ms'])

    stage('batch of 100')
    let start = now()
    await Promise.all(ids.map(one))
    const batchSeconds = (now() - start) / 1000
    rows.push(['Batch, 100 releases', `${(100 / batchSeconds).toFixed(1)} PDFs/s (${batchSeconds.toFixed(2)} s)`, '≥ 40 PDFs/s'])

    stage('pack of 20')
    const packTimes: number[] = []
    for (let i = 0; i < 3; i++) {
      start = now()
      await exportPack(payload, packId, ['pdf'], opts)
      packTimes.push(now() - start)
    }
    packTimes.sort((a, b) => a - b)
    rows.push(['Pack of 20 releases → one PDF', `${ms(packTimes[1])} (median of 3)`, '≤ 1 s'])

    stage('50 concurrent')
    const peak = { rss: 0, pss: 0 }
    // Chromium is a child of this process: the tree from here holds Node and the browser.
    const sample = () => {
      const mem = treeMemory(process.pid)
      peak.rss = Math.max(peak.rss, mem.rss)
      peak.pss = Math.max(peak.pss, mem.pss)
    }
    const timer = setInterval(sample, 10)
    await Promise.all(ids.slice(0, 50).map(one))
    sample()
    clearInterval(timer)
    const mib = (n: number) => `${(n / 2 ** 20).toFixed(0)} MiB`
    rows.push([
      'Peak memory, 50 concurrent exports',
      `PSS ${mib(peak.pss)}, RSS sum ${mib(peak.rss)} (Node + Chromium)`,
      '≤ 1 GiB',
    ])

    const loaded = await loadForExport(payload, ids[0], { locale: 'pl', overrideAccess: true })
    const { html } = releasePrintHtml(loaded)
    stage('naive')
    const naive: number[] = []
    for (let i = 0; i < 8; i++) {
      const fresh = new BrowserPool({ size: 1 })
      start = now()
      await exportRelease(payload, ids[i], ['pdf'], { ...opts, pool: fresh })
      naive.push(now() - start)
      await fresh.close()
    }
    naive.sort((a, b) => a - b)
    const naiveP50 = pct(naive, 50)
    rows.push([
      'Naive: new browser per PDF',
      `p50 ${ms(naiveP50)} (${(1000 / naiveP50).toFixed(1)} PDFs/s)`,
      `pool is ${(naiveP50 / pct(single, 50)).toFixed(1)}× faster`,
    ])

    let weasy = ''
    try {
      weasy = execFileSync('sh', ['-c', 'command -v weasyprint'], { encoding: 'utf8' }).trim()
    } catch {
      weasy = ''
    }
    if (weasy) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pressroom-weasy-'))
      const file = path.join(dir, 'release.html')
      fs.writeFileSync(file, html)
      const times: number[] = []
      for (let i = 0; i < 5; i++) {
        start = now()
        execFileSync(weasy, [file, path.join(dir, 'out.pdf')], { stdio: 'ignore' })
        times.push(now() - start)
      }
      times.sort((a, b) => a - b)
      rows.push(['WeasyPrint, same HTML', `p50 ${ms(pct(times, 50))}`, `pool is ${(pct(times, 50) / pct(single, 50)).toFixed(1)}× faster (goal ≥ 1.5×)`])
      fs.rmSync(dir, { recursive: true, force: true })
    } else {
      rows.push(['WeasyPrint, same HTML', 'skipped: weasyprint is not on PATH', '—'])
    }
  } finally {
    await pool.close()
    await payload.destroy()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }

  const cpus = os.cpus()
  console.log(`Pressroom generator benchmark — ${new Date().toISOString()}`)
  console.log(`Machine: ${cpus.length} × ${cpus[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, pool of ${pool.size} pages\n`)
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c].length), ['measure', 'result', 'goal / comparison'][c].length))
  const line = (r: string[]) => `| ${r.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`
  console.log(line(['measure', 'result', 'goal / comparison']))
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const r of rows) console.log(line(r))
}

// `npm run bench -- --newsroom`: the public newsroom's figures (scripts/bench-newsroom.ts).
const run = process.argv.includes('--newsroom') ? () => import('./bench-newsroom').then((m) => m.benchNewsroom()) : main

run().then(
  () => process.exit(0),
  (error) => {
    console.error(`bench: ${(error as Error).message}`)
    process.exit(1)
  },
)
