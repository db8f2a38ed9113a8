// `npm start`: build if the sources changed, migrate, seed an empty database, then serve.
import { spawn } from 'node:child_process'
import path from 'node:path'

import { buildIfNeeded } from './build-if-needed'

process.env.PRESSROOM_LOG_LEVEL ||= 'warn'
// Releases published while seeding or catching up are rendered ahead by the server, not by this
// process, which only waits on it.
const prerender = process.env.PRESSROOM_PRERENDER
process.env.PRESSROOM_PRERENDER = 'off'
const port = Number(process.env.PORT || 3000)
// Only this machine reaches the server (and its first-user screen) unless HOST says otherwise.
const host = process.env.HOST || '127.0.0.1'
const log = (line: string) => console.log(`pressroom: ${line}`)

// A configuration that cannot run says so before the minutes a build takes.
const { missingSecretReason } = await import('../src/lib/settings')
const missingSecret = missingSecretReason()
if (missingSecret) {
  console.error(`pressroom: ${missingSecret}`)
  process.exit(1)
}

await buildIfNeeded(log)

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { seed } = await import('../src/seed')
const { ensureFirstAdmin } = await import('../src/lib/firstAdmin')
const { runDueJobs } = await import('../src/jobs/runDueJobs')
const { runsJobs } = await import('../src/jobs/role')

// Migrations run as Payload initialises (onInit); the server then starts on a current schema.
const payload = await getPayload({ config, cron: false })
let firstUserHint: string
try {
  const seeded = await seed(payload)
  log(seeded.summary)
  // A publication that fell due while the server was down goes out now, not at the next visit
  // (unless PRESSROOM_ROLE=web: a worker instance runs the queue).
  if (runsJobs()) log((await runDueJobs(payload)).summary)
  firstUserHint = await ensureFirstAdmin(payload, process.env, `http://localhost:${port}/admin`)
} finally {
  await payload.destroy()
}

// scripts/serve.ts: Next behind our own HTTP server, which answers stored public documents itself.
const next = spawn(
  process.execPath,
  [path.join('scripts', 'run.mjs'), 'serve', '-p', String(port), '-H', host],
  {
    stdio: ['inherit', 'pipe', 'inherit'],
    env: { ...process.env, PRESSROOM_PRERENDER: prerender ?? '', NEXT_TELEMETRY_DISABLED: '1' },
  },
)
next.stdout.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk)
  if (/Ready in/.test(chunk.toString())) {
    log(`the admin is at http://localhost:${port}/admin`)
    log(firstUserHint)
    // Payload starts its every-minute publication cron with the first API request; make it now.
    fetch(`http://127.0.0.1:${port}/api/globals/press-office`).catch(() => {})
  }
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => next.kill(signal))
next.on('exit', (code) => process.exit(code ?? 0))
