import { execFileSync } from 'node:child_process'

import type { Payload } from 'payload'

import { longBody, makeRelease, makeUser, setupOffice } from '../helpers/content'
import { startInstances, waitFor, type TwoInstances } from '../helpers/instances'
import { describeOnPostgres } from '../helpers/payload'
import { pdfPages } from '../helpers/pdf'
import { login, type TestServer } from '../helpers/server'

/** Chromium killed under exports in flight, on each of two instances: relaunched, exports served. */
await describeOnPostgres(() => {
  let two: TwoInstances
  let payload: Payload
  let editor: string
  let releaseId: number

  beforeAll(async () => {
    two = await startInstances('chromium')
    payload = await two.localPayload()
    await setupOffice(payload)
    const user = await makeUser(payload, 'editor')
    editor = await login(two.a.url, user.email, 'correct horse battery staple')
    releaseId = (
      await makeRelease(payload, {
        _status: 'draft',
        headline: 'Budżet obywatelski 2027',
        body: longBody(60) as never,
      })
    ).id
  }, 300_000)
  afterAll(async () => two?.stop(), 60_000)

  /** The Chromium processes started by one instance (its descendants). */
  const chromiumOf = (root: number): number[] => {
    const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,args=']).toString().trim().split('\n')
    const procs = rows.map((line) => {
      const [pid, ppid, ...args] = line.trim().split(/\s+/)
      return { pid: Number(pid), ppid: Number(ppid), args: args.join(' ') }
    })
    const descendants = new Set([root])
    for (let grew = true; grew;) {
      grew = false
      for (const p of procs) {
        if (descendants.has(p.ppid) && !descendants.has(p.pid)) {
          descendants.add(p.pid)
          grew = true
        }
      }
    }
    return procs
      .filter((p) => descendants.has(p.pid) && /chrom|headless/i.test(p.args))
      .map((p) => p.pid)
  }

  const draftPdf = async (server: TestServer) => {
    const res = await fetch(
      `${server.url}/api/press-releases/${releaseId}/pdf?locale=pl&draft=true`,
      {
        headers: { Authorization: editor },
        signal: AbortSignal.timeout(60_000),
      },
    )
    const bytes = new Uint8Array(await res.arrayBuffer())
    return {
      status: res.status,
      text: res.ok ? (await pdfPages(bytes)).join('\n') : new TextDecoder().decode(bytes),
    }
  }

  for (const which of ['a', 'b'] as const) {
    it(`serves every export in flight when Chromium is killed on instance ${which.toUpperCase()}`, async () => {
      const server = two[which]
      expect((await draftPdf(server)).status).toBe(200) // the browser is up
      const before = await waitFor(
        'Chromium running',
        async () => chromiumOf(server.pid).length > 0 && chromiumOf(server.pid),
        10_000,
        50,
      )

      const exports = Promise.all([draftPdf(server), draftPdf(server), draftPdf(server)])
      for (const pid of before) {
        try {
          process.kill(pid, 'SIGKILL')
        } catch {
          // already gone with its parent
        }
      }
      const results = await exports
      for (const r of results) {
        expect(r.status).toBe(200)
        expect(r.text).toContain('Budżet obywatelski 2027')
      }
      const after = chromiumOf(server.pid)
      expect(after.length).toBeGreaterThan(0)
      expect(after.filter((pid) => before.includes(pid))).toEqual([])
      expect((await draftPdf(server)).status).toBe(200)
    }, 120_000)
  }
})
