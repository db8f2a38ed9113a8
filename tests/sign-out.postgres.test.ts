import { describeOnPostgres, twoPayloadsOnPostgres } from './helpers/payload'
import { signOutSuite } from './suites/signOut'

await describeOnPostgres(() => signOutSuite(twoPayloadsOnPostgres('sign-out-race')))
