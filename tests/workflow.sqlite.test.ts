import { workflowSuite } from './suites/workflow'

workflowSuite('sqlite')
