import { bootPayload, type TestPayload } from './helpers/payload'
import { officeSettingsSuite } from './suites/officeSettings'

let t: TestPayload
beforeAll(async () => {
  t = await bootPayload('office-settings')
})
afterAll(async () => t?.destroy())

officeSettingsSuite({
  get first() {
    return t.payload
  },
  get second() {
    return t.payload
  },
})
