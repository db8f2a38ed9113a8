import type { Payload } from 'payload'

import type { Row } from './measure'

import { met, mib, ms, now, pct, peakMemory, stage, timeSeq, treeMemory } from './measure'
import { weasyprintTimes } from './weasyprint'

export type GeneratorFigures = {
  rows: Row[]
  singleP50: number
  weasyP50: number | null
  browser: string
}

/**
 * In-process, from the database to the finished PDF, without the render store: the pool against
 * a new browser per document, and WeasyPrint on the same HTML.
 */
export const generatorSection = async (
  payload: Payload,
  ids: number[],
  packId: number | null,
  quick: boolean,
): Promise<GeneratorFigures> => {
  const { BrowserPool } = await import('../../src/generator/browser')
  const { exportRelease, loadForExport, releasePrintHtml } =
    await import('../../src/generator/release')
  const { exportPack } = await import('../../src/generator/pack')
  const pool = new BrowserPool()
  const rows: Row[] = []
  try {
    const opts = { locale: 'pl' as const, overrideAccess: true, pool }
    const one = (id: number) => exportRelease(payload, id, ['pdf'], opts)
    stage('generator: single release')
    const single = await timeSeq(quick ? 20 : 60, (i) => one(ids[i % ids.length]), 5)
    const singleP50 = pct(single, 50)
    const browser = `${pool.found?.source} (${pool.found?.kind}: ${pool.found?.executablePath})`

    stage('generator: naive, a new browser per PDF')
    const naive = await timeSeq(
      quick ? 3 : 8,
      async (i) => {
        const fresh = new BrowserPool({ size: 1 })
        try {
          await exportRelease(payload, ids[i], ['pdf'], { ...opts, pool: fresh })
        } finally {
          await fresh.close()
        }
      },
      0,
    )
    rows.push([
      'Warm single release DB → PDF, no store',
      `p50 ${ms(singleP50)}, p95 ${ms(pct(single, 95))}`,
      `new browser per PDF: p50 ${ms(pct(naive, 50))}`,
      '',
    ])

    stage('generator: batch of 100')
    const batch = ids.slice(0, quick ? 40 : 100)
    const start = now()
    await Promise.all(batch.map(one))
    const seconds = (now() - start) / 1000
    rows.push([
      `Batch, ${batch.length} releases`,
      `${(batch.length / seconds).toFixed(1)} PDFs/s`,
      '',
      '≥ 40 PDFs/s',
    ])

    if (packId) {
      stage('generator: pack of 20')
      const packs = await timeSeq(3, () => exportPack(payload, packId, ['pdf'], opts), 1)
      rows.push([
        'Pack of 20 releases → one PDF',
        `${ms(pct(packs, 50))} (median of 3)`,
        '',
        '≤ 1 s',
      ])
    }

    stage('generator: 50 concurrent, memory')
    const mem = await peakMemory(process.pid, () => Promise.allSettled(ids.slice(0, 50).map(one)))
    const failed = mem.result.filter((r) => r.status === 'rejected') as PromiseRejectedResult[]
    rows.push([
      'Peak memory, 50 concurrent exports',
      `PSS ${mib(mem.pss)} (RSS summed ${mib(mem.rss)})${failed.length ? `; ${failed.length} failed: ${(failed[0].reason as Error).message}` : ''}`,
      '',
      `≤ 1 GiB — ${met(mem.pss <= 2 ** 30)}`,
    ])
    // What the pool's idle timer does idleMs after the burst, without waiting for it.
    const closed = await pool.trimIdle(Date.now() + pool.idleMs + 1)
    const after = treeMemory(process.pid)
    rows.push([
      'After the burst, idle pages closed',
      `${closed} pages closed, PSS ${mib(after.pss)}`,
      '',
      'memory given back',
    ])

    stage('generator: finishing a PDF, appended vs rewritten')
    const { continuedOverlay, printHtml } = await import('../../src/generator/pdf')
    const { finishPdf, rewriteFinish } = await import('../../src/generator/pdfFinish')
    const { metaOf } = await import('../../src/generator/release')
    const printed = await loadForExport(payload, ids[3], {
      locale: 'pl',
      draft: true,
      overrideAccess: true,
    })
    const printView = releasePrintHtml(printed)
    const bytes = await printHtml(pool, printView.html)
    const overlay = await continuedOverlay(pool, 'pl')
    const appended: number[] = []
    const rewritten: number[] = []
    // Alternating, so a busy moment of the machine weighs on both alike.
    for (let i = 0; i < (quick ? 60 : 200); i++) {
      for (const [finish, times] of i % 2
        ? ([
            [rewriteFinish, rewritten],
            [finishPdf, appended],
          ] as const)
        : ([
            [finishPdf, appended],
            [rewriteFinish, rewritten],
          ] as const)) {
        const start = now()
        await finish(bytes, metaOf(printView.view), overlay)
        times.push(now() - start)
      }
    }
    rows.push([
      'Finishing a printed PDF (metadata, PDF/UA, "– więcej –")',
      `appended update: p50 ${ms(pct(appended, 50))}, p95 ${ms(pct(appended, 95))}`,
      `pdf-lib rewrite (alternating): p50 ${ms(pct(rewritten, 50))}, p95 ${ms(pct(rewritten, 95))}`,
      '',
    ])

    stage('generator: a draft export with and without tagging and finishing')
    // The whole draft export (load, view, HTML, a tagged print, the finishing step) against the
    // same export left unfinished, and printed untagged and unfinished: what the finishing step,
    // and PDF/UA as a whole, cost a press officer clicking "PDF". In turn, so a busy moment of the
    // machine weighs on all three alike.
    const draftOpts = { locale: 'pl' as const, draft: true, overrideAccess: true }
    const finished: number[] = []
    const taggedOnly: number[] = []
    const bare: number[] = []
    const full = () => exportRelease(payload, ids[3], ['pdf'], { ...draftOpts, pool })
    const printedOnly = (tagged: boolean) => async () => {
      const loaded = await loadForExport(payload, ids[3], draftOpts)
      pool.allow(loaded.mediaDir)
      await printHtml(pool, releasePrintHtml(loaded).html, { tagged })
    }
    const variants = [
      [full, finished],
      [printedOnly(true), taggedOnly],
      [printedOnly(false), bare],
    ] as const
    for (let i = 0; i < (quick ? 40 : 150); i++) {
      for (let k = 0; k < variants.length; k++) {
        const [run, times] = variants[(i + k) % variants.length]
        const start = now()
        await run()
        if (i >= 5) times.push(now() - start)
      }
    }
    const finishCost = pct(finished, 50) / pct(taggedOnly, 50) - 1
    const allCost = pct(finished, 50) / pct(bare, 50) - 1
    rows.push([
      'Draft export DB → PDF, tagged and finished (PDF/UA), against the same without the finishing step',
      `p50 ${ms(pct(finished, 50))}, p95 ${ms(pct(finished, 95))}`,
      `tagged, unfinished (in turn): p50 ${ms(pct(taggedOnly, 50))}, p95 ${ms(pct(taggedOnly, 95))}`,
      `finishing +${(finishCost * 100).toFixed(1)} % — ≤ 10 % ${met(finishCost <= 0.1)}`,
    ])
    rows.push([
      '… and against it untagged and unfinished',
      `p50 ${ms(pct(finished, 50))}`,
      `untagged, unfinished (in turn): p50 ${ms(pct(bare, 50))}, p95 ${ms(pct(bare, 95))}`,
      `tagging + finishing +${(allCost * 100).toFixed(1)} % — ≤ 10 % ${met(allCost <= 0.1)}`,
    ])

    stage('WeasyPrint in-process')
    const loaded = await loadForExport(payload, ids[0], { locale: 'pl', overrideAccess: true })
    const { html } = releasePrintHtml(loaded)
    const weasy = weasyprintTimes(html, quick ? 5 : 15)
    let weasyP50: number | null = null
    if ('times' in weasy) {
      weasyP50 = pct(weasy.times, 50)
      rows.push([
        'Same HTML → PDF',
        `pool p50 ${ms(singleP50)} (DB → PDF)`,
        `WeasyPrint ${weasy.version} in-process, warm: p50 ${ms(weasyP50)}`,
        `pool ${(weasyP50 / singleP50).toFixed(1)}× faster`,
      ])
    } else {
      rows.push([
        'Same HTML → PDF',
        `pool p50 ${ms(singleP50)}`,
        `WeasyPrint skipped: ${weasy.missing}`,
        '',
      ])
    }
    return { rows, singleP50, weasyP50, browser }
  } finally {
    await pool.close()
  }
}
