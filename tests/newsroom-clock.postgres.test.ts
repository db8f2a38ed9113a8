import { describeOnPostgres } from './helpers/payload'
import { newsroomClockSuite } from './suites/newsroomClock'

await describeOnPostgres(newsroomClockSuite)
