// A jest reporter that ends the run with one line naming every suite that was skipped, and why.
// Suites that skip on purpose say why in their describe title (see tests/helpers/skip.ts).
class SkippedSuitesReporter {
  onRunComplete(_contexts, results) {
    const skipped = []
    for (const file of results.testResults) {
      const total = file.testResults.length
      const pending = file.testResults.filter((t) => t.status === 'pending' || t.status === 'todo')
      if (total === 0 || pending.length < total) continue
      const reason = [...new Set(pending.map((t) => t.ancestorTitles[0] ?? t.title))].join('; ')
      skipped.push(`${file.testFilePath.replace(`${process.cwd()}/`, '')} (${reason})`)
    }
    process.stderr.write(
      skipped.length ? `Skipped suites: ${skipped.join(', ')}\n` : 'Skipped suites: none\n',
    )
  }
}

module.exports = SkippedSuitesReporter
