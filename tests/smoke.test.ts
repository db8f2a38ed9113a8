import { bootPayload, type TestPayload } from './helpers/payload'

let t: TestPayload
beforeAll(async () => {
  t = await bootPayload('smoke')
})
afterAll(async () => t?.destroy())

it('boots on a migrated SQLite database', async () => {
  const { totalDocs } = await t.payload.count({ collection: 'press-releases' })
  expect(totalDocs).toBe(0)
})
