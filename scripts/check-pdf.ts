/**
 * `npm run check:pdf -- file.pdf …`: the machine-checkable PDF/UA-1 checkpoints for each file
 * (tests/helpers/pdfAccessibility.ts), one line each. Exit 1 when one fails, 2 on bad usage.
 */
import { access } from 'node:fs/promises'

import { checkPdfFile, formatCheckpoints } from '../tests/helpers/pdfAccessibility'

const files = process.argv.slice(2).filter((a) => a !== '--')
if (!files.length) {
  console.error('usage: npm run check:pdf -- file.pdf [more.pdf …]')
  process.exit(2)
}
let failed = 0
for (const file of files) {
  try {
    await access(file)
  } catch {
    console.error(`check:pdf: no file ${file}`)
    process.exit(1)
  }
  const checks = await checkPdfFile(file).catch((error: Error) => {
    console.error(`check:pdf: ${file}: ${error.message.split('\n')[0]}`)
    process.exit(1)
  })
  const failures = checks.filter((c) => c.failures.length).length
  failed += failures
  console.log(
    `${file}\n${formatCheckpoints(checks)}\n${checks.length - failures} of ${checks.length} checkpoints passed\n`,
  )
}
process.exit(failed ? 1 : 0)
