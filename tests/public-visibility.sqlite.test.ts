import { publicVisibilitySuite } from './suites/publicVisibility'

publicVisibilitySuite('sqlite')
