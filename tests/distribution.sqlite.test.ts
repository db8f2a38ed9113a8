import { distributionSuite } from './suites/distribution'

distributionSuite('sqlite')
