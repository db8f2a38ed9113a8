import type { Row } from './measure'
import type { BenchServer } from './server'

import { body } from './content'
import { met, ms, pct, stage, timeSeq } from './measure'
import { get } from './server'

const json = (auth: string) => ({ 'Content-Type': 'application/json', Authorization: auth })

/** Creates a release over REST as staff; returns its id. */
export const createRelease = async (
  server: BenchServer,
  data: Record<string, unknown>,
  query = '',
): Promise<number> => {
  const res = await fetch(`${server.url}/api/press-releases${query}`, {
    method: 'POST',
    headers: json(server.auth),
    body: JSON.stringify(data),
  })
  if (!res.ok) throw new Error(`creating a release failed: ${res.status} ${await res.text()}`)
  return ((await res.json()) as { doc: { id: number } }).doc.id
}

export const burst = async (n: number, url: string, headers: Record<string, string> = {}) => {
  const results = await Promise.all(
    Array.from({ length: n }, () =>
      get(url, headers).catch(() => ({ status: 0, ms: NaN, bytes: 0 })),
    ),
  )
  const times = results.map((r) => r.ms).filter((t) => !Number.isNaN(t))
  return {
    p50: pct(times, 50),
    p99: pct(times, 99),
    errors: results.filter((r) => r.status !== 200).length,
  }
}

/**
 * Over HTTP against the server `npm start` runs (Next behind our front server): the render store,
 * the embargo-lift burst, a draft after a save.
 */
export const httpSection = async (
  server: BenchServer,
  publicIds: number[],
  quoteId: number,
  quick: boolean,
  weasyP50: number | null,
  packId: number | null = null,
): Promise<Row[]> => {
  const rows: Row[] = []
  const staff = { Authorization: server.auth }
  const pdf = (id: number, query = '') => `${server.url}/api/press-releases/${id}/pdf${query}`

  stage('http: warm published PDF')
  const id = publicIds[1]
  const cold = await get(pdf(id))
  if (cold.status !== 200) throw new Error(`GET ${pdf(id)} answered ${cold.status}`)
  const warm = await timeSeq(quick ? 30 : 100, () => get(pdf(id)), 3)
  const perRequest = await timeSeq(quick ? 8 : 20, () => get(pdf(id, '?draft=true'), staff), 2)
  const warmP50 = pct(warm, 50)
  rows.push([
    'Published PDF over HTTP, warm',
    `p50 ${ms(warmP50)}, p95 ${ms(pct(warm, 95))} (first request ${ms(cold.ms)})`,
    `rendered per request: p50 ${ms(pct(perRequest, 50))}`,
    `p50 ≤ 5 ms — ${met(warmP50 <= 5)}`,
  ])
  const baseline = await timeSeq(
    quick ? 30 : 100,
    () => get(`${server.url}/api/press-releases/${id}?depth=0`),
    3,
  )
  rows.push([
    'For scale: Payload REST, the release at depth 0',
    `p50 ${ms(pct(baseline, 50))}`,
    '',
    'what any request through Payload costs',
  ])
  const res = await fetch(pdf(id))
  const etag = res.headers.get('etag') ?? ''
  await res.arrayBuffer()
  const revalidate = await timeSeq(
    quick ? 20 : 50,
    () => get(pdf(id), { 'If-None-Match': etag }),
    2,
  )
  rows.push(['Revalidation (If-None-Match → 304)', `p50 ${ms(pct(revalidate, 50))}`, '', ''])
  if (packId !== null) {
    const packPdf = `${server.url}/api/press-packs/${packId}/pdf`
    const packCold = await get(packPdf)
    if (packCold.status !== 200) throw new Error(`GET ${packPdf} answered ${packCold.status}`)
    const packWarm = await timeSeq(quick ? 30 : 100, () => get(packPdf), 3)
    rows.push([
      'Published pack of 20 as PDF over HTTP, warm',
      `p50 ${ms(pct(packWarm, 50))}, p95 ${ms(pct(packWarm, 95))} (first request ${ms(packCold.ms)})`,
      '',
      'from the store like a release',
    ])
  }

  stage('http: 100 concurrent PDFs at an embargo lift')
  // The bench's editor publishes what it wrote: the office's second pair of eyes is off here.
  const office = await fetch(`${server.url}/api/globals/press-office`, {
    method: 'POST',
    headers: json(server.auth),
    body: JSON.stringify({ secondPairOfEyes: false }),
  })
  if (!office.ok) throw new Error(`second pair of eyes off: ${office.status}`)
  const liftIn = 8000
  const lift = Date.now() + liftIn
  const embargoed = await createRelease(server, {
    headline: 'Nowa linia tramwajowa do Mistrzejowic: start budowy',
    lead: 'O dziesiątej prezydent miasta ogłosi harmonogram prac.',
    place: 'Kraków',
    date: new Date().toISOString(),
    releaseType: 'embargoed',
    embargoUntil: new Date(lift).toISOString(),
    body: body(),
    quotes: [quoteId],
    _status: 'published',
  })
  const hidden = await get(pdf(embargoed))
  // The bench may wait: it measures the first second after a real lift.
  await new Promise((r) => setTimeout(r, Math.max(0, lift - Date.now() + 20)))
  const ours = await burst(100, pdf(embargoed))
  const naive = await burst(100, pdf(publicIds[2], '?draft=true'), staff)
  rows.push([
    '100 concurrent GET …/pdf, first second after the lift',
    `p50 ${ms(ours.p50)}, p99 ${ms(ours.p99)}, ${ours.errors} errors (before the lift: ${hidden.status})`,
    `rendered per request: p50 ${ms(naive.p50)}, p99 ${ms(naive.p99)}, ${naive.errors} errors`,
    `p99 ≤ 300 ms, 0 errors — ${met(ours.p99 <= 300 && ours.errors === 0)}`,
  ])

  stage('http: a draft export right after a save')
  const draftId = publicIds[3]
  const exportTimes: number[] = []
  const save = async (i: number) => {
    const saved = await fetch(`${server.url}/api/press-releases/${draftId}?draft=true`, {
      method: 'PATCH',
      headers: json(server.auth),
      body: JSON.stringify({ lead: `Poprawiony lead, wersja ${i}.` }),
    })
    if (!saved.ok) throw new Error(`saving a draft failed: ${saved.status}`)
    await saved.arrayBuffer()
  }
  // Each save first (untimed), then the export: what a press officer clicking "PDF" waits for.
  // Staff exports go through Next's route and Payload's export endpoint.
  for (let i = 0; i < (quick ? 20 : 40); i++) {
    await save(i)
    const url = pdf(draftId, '?draft=true')
    const res = await get(url, staff)
    if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}`)
    exportTimes.push(res.ms)
  }
  const draftP50 = pct(exportTimes, 50)
  const ratio = weasyP50 ? weasyP50 / draftP50 : null
  rows.push([
    'Draft PDF over HTTP right after a save',
    `p50 ${ms(draftP50)}, p95 ${ms(pct(exportTimes, 95))}`,
    weasyP50
      ? `WeasyPrint in-process (same HTML, no DB, no HTTP): p50 ${ms(weasyP50)}`
      : 'WeasyPrint not installed',
    `p50 ≤ 40 ms — ${met(draftP50 <= 40)}; ≥ 1.5× WeasyPrint — ${ratio ? `${ratio.toFixed(1)}×, ${met(ratio >= 1.5)}` : 'not measured'}`,
  ])
  return rows
}
