import { describeOnPostgres } from './helpers/payload'
import { jobClaimSuite } from './suites/jobClaim'

await describeOnPostgres(jobClaimSuite)
