import { describeOnPostgres } from './helpers/payload'
import { distributionSuite } from './suites/distribution'

await describeOnPostgres(distributionSuite)
