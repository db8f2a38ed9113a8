// A draft PDF right after a save over HTTP, another build against this one, alternating request
// by request on one machine (for a shared machine, where runs minutes apart are not comparable).
// Usage: BASE_DIR=<a checkout of the other commit, with node_modules> [N=100] node scripts/run.mjs ab-draft
// Both servers are the one `npm start` runs, each on a copy of one seeded database. This checkout
// is built first if needed; run the bench once in BASE_DIR to build that one.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

process.env.PRESSROOM_LOG_LEVEL ||= 'error'
const base = process.env.BASE_DIR as string
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pressroom-ab-'))
const env = {
  DATABASE_URL: `file:${path.join(dataDir, 'bench.db')}`,
  PRESSROOM_DATA_DIR: dataDir,
  PAYLOAD_SECRET: 'bench-only-secret',
}
Object.assign(process.env, env, { PRESSROOM_PRERENDER: 'off' })
const pct = (v: number[], p: number) =>
  [...v].sort((a, b) => a - b)[Math.floor((p / 100) * v.length)]
const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })
const start = async (cwd: string, dir: string) => {
  const port = await freePort()
  const e = {
    ...process.env,
    NODE_ENV: 'production' as const,
    NODE_OPTIONS: '',
    NEXT_TELEMETRY_DISABLED: '1',
    PRESSROOM_PRERENDER: 'on',
    DATABASE_URL: `file:${path.join(dir, 'bench.db')}`,
    PRESSROOM_DATA_DIR: dir,
  }
  const child = spawn(
    process.execPath,
    ['scripts/run.mjs', 'serve', '-p', String(port), '-H', '127.0.0.1'],
    { cwd, env: e, stdio: 'ignore' },
  )
  const url = `http://127.0.0.1:${port}`
  for (const deadline = Date.now() + 120_000; ;) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`no server in ${cwd}`)
    try {
      if ((await fetch(`${url}/api/globals/press-office`)).ok) break
    } catch {}
    await new Promise((r) => setTimeout(r, 200))
  }
  const { staffLogin } = await import('./bench/content')
  const res = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(staffLogin),
  })
  const { token } = (await res.json()) as { token: string }
  return { url, auth: `JWT ${token}`, stop: () => child.kill('SIGTERM') }
}
const main = async () => {
  const { buildIfNeeded } = await import('./build-if-needed')
  await buildIfNeeded((line) => process.stderr.write(`ab-draft: ${line}\n`))
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config, cron: false })
  const { seedBench } = await import('./bench/content')
  const seeded = await seedBench(payload, { releases: 10 })
  await payload.destroy()
  const dataDir2 = fs.mkdtempSync(path.join(os.tmpdir(), 'pressroom-ab-'))
  fs.cpSync(dataDir, dataDir2, { recursive: true })
  const servers = {
    old: await start(base, dataDir2),
    new: await start(process.cwd(), dataDir),
  }
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
  servers.old.stop()
  servers.new.stop()
  await new Promise((r) => setTimeout(r, 500))
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
