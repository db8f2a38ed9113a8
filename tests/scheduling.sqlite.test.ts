import { schedulingSuite } from './suites/scheduling'

schedulingSuite('sqlite')
