import { describeOnPostgres } from './helpers/payload'
import { draftSavesSuite } from './suites/draftSaves'

await describeOnPostgres(draftSavesSuite)
