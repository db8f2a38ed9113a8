import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// One Python process: import WeasyPrint once, render twice to warm up, then time each render.
const script = `
import json, sys, time
import weasyprint
html = open(sys.argv[1], encoding='utf-8').read()
base = sys.argv[2]
times = []
for i in range(int(sys.argv[3]) + 2):
    start = time.perf_counter()
    weasyprint.HTML(string=html, base_url=base).write_pdf()
    if i >= 2:
        times.append((time.perf_counter() - start) * 1000)
print(json.dumps({"version": weasyprint.__version__, "times": times}))
`

/** WeasyPrint rendering the same HTML in-process, warm; null with the reason when it is missing. */
export const weasyprintTimes = (
  html: string,
  times: number,
): { version: string; times: number[] } | { missing: string } => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pressroom-weasy-'))
  try {
    const file = path.join(dir, 'release.html')
    fs.writeFileSync(file, html)
    // Debian's package installs the module for the system Python, which may not be first on PATH.
    const python = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3'
    const run = spawnSync(python, ['-c', script, file, `file://${dir}/`, String(times)], {
      encoding: 'utf8',
      timeout: 600_000,
    })
    if (run.status !== 0) {
      const reason = /No module named 'weasyprint'/.test(run.stderr)
        ? 'WeasyPrint is not installed (apt-get install weasyprint)'
        : run.stderr.trim().split('\n').pop()
      return { missing: reason || `python3 exited ${run.status}` }
    }
    return JSON.parse(run.stdout.trim().split('\n').pop() as string)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
