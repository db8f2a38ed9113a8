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

/** One build at a time (parallel test suites, a second terminal); a lock older than 10 min is stale. */
const withBuildLock = async <T>(work: () => T): Promise<T> => {
  for (;;) {
    try {
      fs.closeSync(fs.openSync(lockFile, 'wx'))
      break
    } catch {
      const age = Date.now() - (fs.statSync(lockFile, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
      if (age > 10 * 60_000) fs.rmSync(lockFile, { force: true })
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
  log('Building the admin (next build), once per source change; this takes about half a minute…')
  const next = path.join('node_modules', 'next', 'dist', 'bin', 'next')
  const result = spawnSync(process.execPath, [next, 'build'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`)
  fs.writeFileSync(stampFile, stamp)
  return true
}

