import { monitorEventLoopDelay } from 'node:perf_hooks'

import type { Row } from './measure'
import type { BenchServer } from './server'

import { convertRelease } from '../../src/import/convert'
import { convertInWorker } from '../../src/import/convertInWorker'
import { journalistsCsv, worstAllowedDocx } from './importFiles'
import { journalistImportLimits } from '../../src/distribution/importJournalists'
import { met, ms, pct, stage } from './measure'
import { get } from './server'

const goalMs = 200

/**
 * Reads `GET /api/users/me` (as staff) and the public release list (anonymous) in turn, one every
 * 100 ms, while `work` runs; the reads' times and the work's own.
 */
const readsDuring = async (server: BenchServer, work: () => Promise<Response>) => {
  const reads: number[] = []
  let done = false
  const reader = (async () => {
    for (let i = 0; !done; i++) {
      const started = performance.now()
      const res =
        i % 2
          ? await get(`${server.url}/api/press-releases?limit=5&depth=0`)
          : await get(`${server.url}/api/users/me`, { Authorization: server.auth })
      if (res.status !== 200) throw new Error(`a read during the import answered ${res.status}`)
      reads.push(res.ms)
      await new Promise((resolve) =>
        setTimeout(resolve, Math.max(0, 100 - (performance.now() - started))),
      )
    }
  })()
  const started = performance.now()
  const res = await work()
  const took = performance.now() - started
  const answer = await res.text()
  done = true
  await reader
  if (!res.ok) throw new Error(`the import answered ${res.status}: ${answer.slice(0, 300)}`)
  return { reads, took }
}

const upload = (
  server: BenchServer,
  path: string,
  bytes: Uint8Array,
  name: string,
  type: string,
) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { Authorization: server.auth },
    body: form,
  })
}

const readsRow = (what: string, runs: { reads: number[]; took: number }[], idle: number[]): Row => {
  const reads = runs.flatMap((r) => r.reads)
  const p99 = pct(reads, 99)
  return [
    what,
    `reads p50 ${ms(pct(reads, 50))}, p99 ${ms(p99)}, max ${ms(Math.max(...reads))} (${reads.length} reads); import ${ms(
      pct(
        runs.map((r) => r.took),
        50,
      ),
    )}`,
    `reads with nothing imported: p50 ${ms(pct(idle, 50))}, p99 ${ms(pct(idle, 99))}`,
    `reads p99 ≤ ${goalMs} ms — ${met(p99 <= goalMs)}`,
  ]
}

/** The longest the event loop of this process stood still while `work` ran. */
const stall = async (work: () => Promise<unknown>) => {
  const histogram = monitorEventLoopDelay({ resolution: 10 })
  histogram.enable()
  const started = performance.now()
  await work()
  const took = performance.now() - started
  histogram.disable()
  return { maxMs: histogram.max / 1e6, took }
}

/**
 * `--sections imports`: the worst .docx and the largest journalists CSV the limits allow, imported
 * over HTTP while a reader asks every 100 ms; and, in this process, how long converting that .docx
 * stops the event loop in the worker (ours) and on the request thread (the old way).
 */
export const importsSection = async (server: BenchServer, quick: boolean): Promise<Row[]> => {
  const rows: Row[] = []
  const worst = await worstAllowedDocx()
  const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

  stage('imports: reads with nothing imported')
  const idle = await readsDuring(server, async () => {
    await new Promise((resolve) => setTimeout(resolve, 5000))
    return new Response('')
  })

  stage(
    `imports: the worst allowed .docx (${(worst.bytes.length / 1024).toFixed(0)} KB, ${worst.paragraphs} paragraphs, ${worst.words} words) over HTTP`,
  )
  const docxRuns = []
  for (let i = 0; i < (quick ? 1 : 3); i++) {
    docxRuns.push(
      await readsDuring(server, () =>
        upload(
          server,
          '/api/press-releases/import?locale=pl',
          worst.bytes,
          'najgorszy.docx',
          docxType,
        ),
      ),
    )
  }
  rows.push(readsRow('Reads during the worst allowed .docx import', docxRuns, idle.reads))

  stage(`imports: the largest allowed CSV (${journalistImportLimits.rows} rows) over HTTP`)
  const csvRuns = []
  for (let i = 0; i < (quick ? 1 : 2); i++) {
    const csv = Buffer.from(journalistsCsv(journalistImportLimits.rows, `bench${i}-`))
    csvRuns.push(
      await readsDuring(server, () =>
        upload(server, '/api/journalists/import?consent=confirmed', csv, 'lista.csv', 'text/csv'),
      ),
    )
  }
  rows.push(
    readsRow(
      `Reads during the largest allowed CSV import (${journalistImportLimits.rows.toLocaleString('en')} rows)`,
      csvRuns,
      idle.reads,
    ),
  )

  stage('imports: converting the worst .docx in a worker vs on this thread')
  const input = { bytes: worst.bytes, file: 'najgorszy.docx', format: 'docx' as const }
  const inWorker = await stall(() => convertInWorker(input))
  const onThread = await stall(() => convertRelease(input))
  rows.push([
    'Worst .docx converted: longest stop of the event loop',
    `in a worker: ${ms(inWorker.maxMs)} (conversion ${ms(inWorker.took)})`,
    `on the request thread, the old way: ${ms(onThread.maxMs)} (conversion ${ms(onThread.took)})`,
    '',
  ])
  return rows
}
