import { describeOnPostgres } from './helpers/payload'
import { workflowSuite } from './suites/workflow'

await describeOnPostgres(workflowSuite)
