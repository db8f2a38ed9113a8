import { describeOnPostgres } from './helpers/payload'
import { withdrawalSuite } from './suites/withdrawal'

await describeOnPostgres(withdrawalSuite)
