import { bootPayload, type TestPayload } from './helpers/payload'
import { signOutSuite } from './suites/signOut'

let t: TestPayload
beforeAll(async () => {
  t = await bootPayload('sign-out')
})
afterAll(async () => t?.destroy())

signOutSuite({
  get first() {
    return t.payload
  },
  get second() {
    return t.payload
  },
})
