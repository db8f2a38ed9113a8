import { describeOnPostgres } from './helpers/payload'
import { crisisSuite } from './suites/crisis'

await describeOnPostgres(crisisSuite)
