import fs from 'node:fs'

export const now = () => performance.now()
export const stage = (name: string) => process.stderr.write(`bench: ${name}…\n`)
export const pct = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}
export const ms = (n: number) => (n >= 100 ? `${n.toFixed(0)} ms` : `${n.toFixed(1)} ms`)
export const mib = (n: number) => `${(n / 2 ** 20).toFixed(0)} MiB`

/** Times `run` `times` times in a row, after `warm` untimed runs. */
export const timeSeq = async (
  times: number,
  run: (i: number) => Promise<unknown>,
  warm = 2,
): Promise<number[]> => {
  for (let i = 0; i < warm; i++) await run(i)
  const out: number[] = []
  for (let i = 0; i < times; i++) {
    const start = now()
    await run(i)
    out.push(now() - start)
  }
  return out
}

/**
 * Memory of a process and all its descendants (Chromium runs as several): resident (RSS, which
 * counts pages shared between the processes once per process) and proportional (PSS, shared
 * pages split between their sharers, the honest total).
 */
export const treeMemory = (root: number): { rss: number; pss: number } => {
  const children = new Map<number, number[]>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    } catch {
      // gone meanwhile
    }
  }
  const total = { rss: 0, pss: 0 }
  const stack = [root]
  while (stack.length) {
    const pid = stack.pop() as number
    try {
      const rollup = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8')
      total.rss += Number(/^Rss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0) * 1024
      total.pss += Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0) * 1024
    } catch {
      // gone meanwhile
    }
    stack.push(...(children.get(pid) ?? []))
  }
  return total
}

/** Samples the peak memory of a process tree while `work` runs. */
export const peakMemory = async <T>(
  pid: number,
  work: () => Promise<T>,
): Promise<{ result: T; pss: number; rss: number }> => {
  const peak = { rss: 0, pss: 0 }
  const sample = () => {
    const mem = treeMemory(pid)
    peak.rss = Math.max(peak.rss, mem.rss)
    peak.pss = Math.max(peak.pss, mem.pss)
  }
  // Reading every process's smaps_rollup takes milliseconds with a full Chromium's dozens of
  // processes: sample again 20 ms after the last sample ended, never back to back, so the
  // sampling does not starve the exports it measures.
  let timer: NodeJS.Timeout | undefined
  const loop = () => {
    sample()
    timer = setTimeout(loop, 20)
  }
  loop()
  try {
    const result = await work()
    sample()
    return { result, ...peak }
  } finally {
    clearTimeout(timer)
  }
}

export type Row = [measure: string, ours: string, naive: string, goal: string]

export const printTable = (
  title: string,
  rows: Row[],
  head: Row = ['measure', 'ours', 'the naive way', 'goal'],
) => {
  const widths = head.map((_, c) => Math.max(...[head, ...rows].map((r) => r[c].length)))
  const line = (r: string[]) => `| ${r.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`
  console.log(`\n### ${title}\n`)
  console.log(line(head))
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const r of rows) console.log(line(r))
}

export const met = (ok: boolean) => (ok ? 'met' : 'NOT met')
