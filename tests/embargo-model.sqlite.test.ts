import { embargoModelSuite } from './suites/embargoModel'

embargoModelSuite('sqlite')
