import { describeOnPostgres } from './helpers/payload'
import { schedulingSuite } from './suites/scheduling'

await describeOnPostgres(schedulingSuite)
