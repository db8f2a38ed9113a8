import { releaseRecordSuite } from './suites/releaseRecord'

releaseRecordSuite('sqlite')
