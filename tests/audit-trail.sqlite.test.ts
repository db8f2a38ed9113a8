import { auditTrailSuite } from './suites/auditTrail'

auditTrailSuite('sqlite')
