import { describeOnPostgres } from './helpers/payload'
import { embargoModelSuite } from './suites/embargoModel'

await describeOnPostgres(embargoModelSuite)
