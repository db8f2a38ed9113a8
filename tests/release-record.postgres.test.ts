import { describeOnPostgres } from './helpers/payload'
import { releaseRecordSuite } from './suites/releaseRecord'

await describeOnPostgres(releaseRecordSuite)
