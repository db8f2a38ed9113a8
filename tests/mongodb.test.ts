import fs from 'node:fs'
import path from 'node:path'

import { workflowSuite } from './suites/workflow'

/**
 * The workflow suite on MongoDB, where a mongod binary exists (MONGOMS_SYSTEM_BINARY, or `mongod` on
 * PATH). mongodb-memory-server would otherwise download one, which these machines cannot do, so
 * without a binary the suite is skipped at once and says why.
 */
const mongod =
  process.env.MONGOMS_SYSTEM_BINARY ||
  (process.env.PATH ?? '')
    .split(path.delimiter)
    .map((dir) => path.join(dir, 'mongod'))
    .find((file) => fs.existsSync(file))

if (!mongod) {
  process.stderr.write('MongoDB suite skipped: no mongod binary (set MONGOMS_SYSTEM_BINARY)\n')
  describe.skip('skipped: no mongod binary (set MONGOMS_SYSTEM_BINARY)', () => {
    it.todo('runs the workflow suite on MongoDB')
  })
} else {
  const { MongoMemoryReplSet } = await import('mongodb-memory-server')
  // A replica set, so Payload can use transactions as it does in production.
  const server = await MongoMemoryReplSet.create({
    binary: { systemBinary: mongod },
    replSet: { count: 1 },
  })
  process.env.DATABASE_URL_MONGODB = server.getUri()
  afterAll(async () => server.stop())
  describe('on MongoDB', () => workflowSuite('mongodb'))
}
