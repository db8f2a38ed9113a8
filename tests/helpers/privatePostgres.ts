import { execFile, execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

export type PrivatePostgres = { url: string; restart: () => Promise<void>; stop: () => void }

const binDir = () => {
  const root = '/usr/lib/postgresql'
  const version = fs.existsSync(root)
    ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a))[0]
    : undefined
  if (!version) throw new Error('no PostgreSQL server binaries under /usr/lib/postgresql')
  return path.join(root, version, 'bin')
}

/** As the postgres user when this is root (the server refuses to run as root). */
const command = (tool: string, args: string[]): [string, string[]] => {
  const bin = path.join(binDir(), tool)
  return process.getuid?.() === 0
    ? ['runuser', ['-u', 'postgres', '--', bin, ...args]]
    : [bin, args]
}
const run = (tool: string, args: string[]) =>
  execFileSync(...command(tool, args), { stdio: 'pipe', timeout: 60_000 }).toString()
// Asynchronous, so the test's own requests keep going while the server restarts.
const runAsync = async (tool: string, args: string[]) => {
  await promisify(execFile)(...command(tool, args), { timeout: 60_000 })
}

/**
 * A PostgreSQL server of the suite's own (initdb into a temporary folder, trust auth on loopback,
 * its own port): the fault suite restarts it without touching the machine's cluster, which other
 * suites and people use.
 */
export const startPrivatePostgres = (port: number): PrivatePostgres => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pressroom-pg-'))
  fs.chmodSync(dir, 0o777)
  const data = path.join(dir, 'data')
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres', dir])
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'])
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`
  const ctlArgs = (...args: string[]) => ['-D', data, '-l', path.join(dir, 'log'), '-w', ...args]
  const ctl = (...args: string[]) => run('pg_ctl', ctlArgs(...args))
  ctl('-o', options, 'start')
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    restart: () => runAsync('pg_ctl', ctlArgs('-o', options, '-m', 'fast', 'restart')),
    stop: () => {
      try {
        ctl('-m', 'immediate', 'stop')
      } finally {
        fs.rmSync(dir, { recursive: true, force: true })
      }
    },
  }
}
