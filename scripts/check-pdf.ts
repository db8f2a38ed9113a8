/**
 * `npm run check:pdf -- [--html source.html] file.pdf …`: the machine-checkable PDF/UA-1
 * checkpoints for each file (tests/helpers/pdfAccessibility.ts), one line each. With the HTML the
 * PDFs were printed from (or the release's HTML document), also whether the text it sets in
 * another language carries it (11-007). Exit 1 when one fails, 2 on bad usage.
 */
import { access, readFile } from 'node:fs/promises'

import {
  checkPdfFile,
  declaredLanguages,
  formatCheckpoints,
} from '../tests/helpers/pdfAccessibility'

const usage = 'usage: npm run check:pdf -- [--html source.html] file.pdf [more.pdf …]'
const args = process.argv.slice(2).filter((a) => a !== '--')
const htmlAt = args.indexOf('--html')
const html = htmlAt >= 0 ? args.splice(htmlAt, 2)[1] : undefined
const files = args
if (!files.length || (htmlAt >= 0 && !html) || files.some((f) => f.startsWith('--'))) {
  console.error(usage)
  process.exit(2)
}
const readable = async (file: string) => {
  try {
    await access(file)
  } catch {
    console.error(`check:pdf: no file ${file}`)
    process.exit(1)
  }
}
if (html) await readable(html)
const declared = html ? declaredLanguages(await readFile(html, 'utf8')) : undefined
let failed = 0
for (const file of files) {
  await readable(file)
  const checks = await checkPdfFile(file, declared).catch((error: Error) => {
    console.error(`check:pdf: ${file}: ${error.message.split('\n')[0]}`)
    process.exit(1)
  })
  const failures = checks.filter((c) => c.failures.length).length
  const unchecked = checks.filter((c) => c.unchecked).length
  failed += failures
  console.log(
    `${file}\n${formatCheckpoints(checks)}\n${checks.length - failures - unchecked} of ${checks.length} checkpoints passed${unchecked ? `, ${unchecked} not checked` : ''}\n`,
  )
}
process.exit(failed ? 1 : 0)
