import { readOfficeTimezone } from '../src/lib/settings'
import { bootPayload, type TestPayload } from './helpers/payload'

/** PRESSROOM_TZ is the office's zone until the office names its own (issue 22: it was shadowed). */
describe('an office that has not chosen a timezone', () => {
  let fresh: TestPayload
  const before = process.env.PRESSROOM_TZ
  beforeAll(async () => {
    fresh = await bootPayload('office-timezone')
  })
  afterAll(async () => {
    process.env.PRESSROOM_TZ = before
    await fresh?.destroy()
  })

  it('follows PRESSROOM_TZ after its settings are first saved', async () => {
    // The first save of the settings, as the admin's form or the seed makes it, names no zone.
    await fresh.payload.updateGlobal({
      slug: 'press-office',
      locale: 'pl',
      data: { city: 'Kraków', officeName: 'Biuro Prasowe Urzędu Miasta Krakowa' },
      overrideAccess: true,
    })
    process.env.PRESSROOM_TZ = 'America/New_York'
    expect(await readOfficeTimezone(fresh.payload)).toBe('America/New_York')
    process.env.PRESSROOM_TZ = 'Asia/Tokyo'
    expect(await readOfficeTimezone(fresh.payload)).toBe('Asia/Tokyo')
  })
})
