// A draft PDF right after a save over HTTP, another build against this one, alternating request
// by request on one machine (for a shared machine, where runs minutes apart are not comparable).
// Usage: BASE_DIR=<a checkout of the other commit, with node_modules> [N=100] node scripts/run.mjs ab-draft
// Both servers are the one `npm start` runs, each on a copy of one seeded database. This checkout
// is built first if needed; run the bench once in BASE_DIR to build that one.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { pct } from './bench/measure'
import { benchDataEnv, startServer } from './bench/server'

process.env.PRESSROOM_LOG_LEVEL ||= 'error'
const base = process.env.BASE_DIR as string
const { dataDir } = benchDataEnv('pressroom-ab-')
const serverEnv = (dir: string) => ({
  DATABASE_URL: `file:${path.join(dir, 'bench.db')}`,
  PRESSROOM_DATA_DIR: dir,
  PRESSROOM_PRERENDER: 'on',
})
const main = async () => {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config, cron: false })
  const { seedBench } = await import('./bench/content')
  const seeded = await seedBench(payload, { releases: 10 })
  await payload.destroy()
  const dataDir2 = fs.mkdtempSync(path.join(os.tmpdir(), 'pressroom-ab-'))
  fs.cpSync(dataDir, dataDir2, { recursive: true })
  // This checkout first: it is built if needed before either server runs.
  const fresh = await startServer(serverEnv(dataDir))
  const servers = { old: await startServer(serverEnv(dataDir2), base), new: fresh }
  const id = seeded.releaseIds[3]
  const times: Record<string, number[]> = {}
  const N = Number(process.env.N || 60)
  for (let i = 0; i < N + 3; i++) {
    const order = (i % 2 ? ['old', 'new'] : ['new', 'old']) as ('old' | 'new')[]
    for (const k of order) {
      const s = servers[k]
      const saved = await fetch(`${s.url}/api/press-releases/${id}?draft=true`, {
        method: 'PATCH',
        headers: { Authorization: s.auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ lead: `Lead ${i}` }),
      })
      await saved.arrayBuffer()
      const t0 = performance.now()
      const res = await fetch(`${s.url}/api/press-releases/${id}/pdf?draft=true`, {
        headers: { Authorization: s.auth },
      })
      const body = await res.arrayBuffer()
      const ms = performance.now() - t0
      if (res.status !== 200) throw new Error(`${k} ${res.status}`)
      if (i === 3) fs.writeFileSync(`/tmp/ab-${k}.pdf`, Buffer.from(body))
      if (i >= 3) (times[k] ??= []).push(ms)
    }
  }
  for (const [k, v] of Object.entries(times))
    console.log(
      k.padEnd(5),
      'n',
      v.length,
      'p50',
      pct(v, 50).toFixed(1),
      'p25',
      pct(v, 25).toFixed(1),
      'p75',
      pct(v, 75).toFixed(1),
      'p95',
      pct(v, 95).toFixed(1),
    )
  await Promise.all([servers.old.stop(), servers.new.stop()])
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.rmSync(dataDir2, { recursive: true, force: true })
}
main().then(
  () => process.exit(0),
  (e) => {
    console.error(e)
    process.exit(1)
  },
)
