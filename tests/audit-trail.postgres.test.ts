import { describeOnPostgres } from './helpers/payload'
import { auditTrailSuite } from './suites/auditTrail'

await describeOnPostgres(auditTrailSuite)
