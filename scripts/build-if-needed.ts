import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

// What the Next build depends on; templates/ and data/ are read at run time and don't count.
const inputs = ['src', 'payload.config.ts', 'next.config.mjs', 'tsconfig.json', 'package-lock.json']
const stampFile = path.join('.next', 'pressroom-build-stamp')

const filesUnder = (entry: string): string[] => {
  if (!fs.existsSync(entry)) return []
  if (!fs.statSync(entry).isDirectory()) return [entry]
  return fs
    .readdirSync(entry)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)))
}

/** A hash of the sources the build is made from, so an unchanged tree is never rebuilt. */
export const sourceStamp = (): string => {
  const hash = crypto.createHash('sha256')
  for (const file of inputs.flatMap(filesUnder)) {
    hash.update(file).update('\0').update(fs.readFileSync(file))
  }
  return hash.digest('hex')
}

const lockFile = '.next-build.lock'

/** The pid in the lock file: 0 while it is being written (or an old lock without one), null when gone. */
const lockHolder = (): number | null => {
  try {
    return Number(fs.readFileSync(lockFile, 'utf8')) || 0
  } catch {
    return null
  }
}

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH'
  }
}

/**
 * One build at a time (parallel test suites, a second terminal). The lock holds its owner's pid
 * and is stale once that process is gone, however long a build takes and whatever the clock says;
 * a lock still without a pid after 10 s is stale too.
 */
const withBuildLock = async <T>(work: () => T): Promise<T> => {
  let emptyReads = 0
  for (;;) {
    try {
      const fd = fs.openSync(lockFile, 'wx')
      fs.writeSync(fd, String(process.pid))
      fs.closeSync(fd)
      break
    } catch {
      const holder = lockHolder()
      emptyReads = holder === 0 ? emptyReads + 1 : 0
      if ((holder && !isRunning(holder)) || emptyReads > 20) fs.rmSync(lockFile, { force: true })
      else await new Promise((r) => setTimeout(r, 500))
    }
  }
  try {
    return work()
  } finally {
    fs.rmSync(lockFile, { force: true })
  }
}

/** Runs `next build` unless .next was built from exactly these sources. Resolves to whether it built. */
export const buildIfNeeded = (log: (line: string) => void = console.log): Promise<boolean> =>
  withBuildLock(() => buildUnlessCurrent(log))

const buildUnlessCurrent = (log: (line: string) => void): boolean => {
  const stamp = sourceStamp()
  const built = fs.existsSync(path.join('.next', 'BUILD_ID')) && fs.existsSync(stampFile)
  if (built && fs.readFileSync(stampFile, 'utf8') === stamp) return false
  log(
    'Building the admin (next build), once per source change; about two minutes from a fresh clone on a quiet 2-core machine, longer when it is busy…',
  )
  const next = path.join('node_modules', 'next', 'dist', 'bin', 'next')
  const result = spawnSync(process.execPath, [next, 'build'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    // Always the build `npm start` serves: under jest NODE_ENV is "test", and Next then builds
    // unminified code that behaves differently (class names kept), so tests passed on a build no
    // user runs.
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`)
  fs.writeFileSync(stampFile, stamp)
  return true
}
