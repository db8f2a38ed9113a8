import { describeOnPostgres, twoPayloadsOnPostgres } from './helpers/payload'
import { officeSettingsSuite } from './suites/officeSettings'

await describeOnPostgres(() => officeSettingsSuite(twoPayloadsOnPostgres('office-settings')))
