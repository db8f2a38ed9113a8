import fs from 'node:fs'
import path from 'node:path'

/**
 * src/jobs/schedulePublish.ts keeps a later edit as a draft with Payload's internal `saveVersion`
 * and `payload.db.findVersions`: no public API saves a version with all its locales without
 * running the update again. The scheduling suites check the behaviour; this pins the version it
 * was checked against, so an upgrade stops here instead of silently changing what gets published.
 */
it('runs on the Payload version whose saveVersion/db.findVersions schedulePublish.ts was checked against', async () => {
  const { version } = JSON.parse(
    fs.readFileSync(path.resolve('node_modules/payload/package.json'), 'utf8'),
  ) as { version: string }
  const payload = await import('payload')
  expect({ version, saveVersion: typeof payload.saveVersion }).toEqual({
    version: '3.90.1',
    saveVersion: 'function',
  })
})
