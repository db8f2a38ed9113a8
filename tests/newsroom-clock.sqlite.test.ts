import { newsroomClockSuite } from './suites/newsroomClock'

newsroomClockSuite('sqlite')
