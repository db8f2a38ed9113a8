import { jobClaimSuite } from './suites/jobClaim'

jobClaimSuite('sqlite')
