import type { PressRelease } from '../src/payload-types'

import { isEmbargoOverAt, isReleaseOutAt } from '../src/access/visibility'
import { preDeliveryRefusal } from '../src/distribution/distribute'
import { embargoOf } from '../src/lib/embargo'

// Moments far from the real clock, so an answer read from the wall clock instead of `now` fails.
const lift = '2019-03-01T09:00:00.000Z'
const before = new Date('2019-03-01T08:59:59.000Z')
const at = new Date(lift)

describe('one embargo rule (src/access/visibility.ts), judged at the caller’s moment', () => {
  it('is over from its moment on, and always for a release without one', () => {
    expect(isEmbargoOverAt({ embargoUntil: lift }, before)).toBe(false)
    expect(isEmbargoOverAt({ embargoUntil: lift }, at)).toBe(true)
    expect(isEmbargoOverAt({ embargoUntil: null }, before)).toBe(true)
  })

  it('agrees with the public rule for a published release', () => {
    for (const now of [before, at]) {
      const release = { _status: 'published', embargoUntil: lift }
      expect(isEmbargoOverAt(release, now)).toBe(isReleaseOutAt(release, now))
    }
  })

  it('lets distribution send ahead only before the lift at the given moment', () => {
    const release = { _status: 'published', embargoUntil: lift } as PressRelease
    expect(preDeliveryRefusal(release, before)).toBeNull()
    expect(preDeliveryRefusal(release, at)).toBe('not-embargoed')
    expect(preDeliveryRefusal({ ...release, _status: 'draft' }, before)).toBe('publish-first')
  })

  it('says only whether there is an embargo and until when, reading no clock', () => {
    expect(embargoOf({ embargoUntil: lift })).toEqual({ until: lift })
    expect(embargoOf({ embargoUntil: null })).toBeNull()
  })
})
