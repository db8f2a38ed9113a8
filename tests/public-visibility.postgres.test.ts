import { describeOnPostgres } from './helpers/payload'
import { publicVisibilitySuite } from './suites/publicVisibility'

await describeOnPostgres(publicVisibilitySuite)
