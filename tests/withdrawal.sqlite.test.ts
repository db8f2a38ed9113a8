import { withdrawalSuite } from './suites/withdrawal'

withdrawalSuite('sqlite')
