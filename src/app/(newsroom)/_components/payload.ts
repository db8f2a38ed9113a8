import config from '@payload-config'
import { getPayload } from 'payload'
import { cache } from 'react'

import type { Locale } from '../../../lib/locales'

import { officeTimezone } from '../../../lib/settings'
import { offerPageSource } from '../../../render/pageSource'
import { loadOffice } from '../../../newsroom/releases'

/** The app's Payload instance, for server components and route handlers. */
export const newsroomPayload = () =>
  getPayload({ config }).then((payload) => {
    // The server in front of Next keeps these pages; it learns of saves through this Payload.
    offerPageSource(payload)
    return payload
  })

/** The press-office settings, read once per request however many components ask. */
export const officeFor = cache(async (locale: Locale) =>
  loadOffice(await newsroomPayload(), locale),
)

/** The office's timezone for dates on the page: the one resolver, fed the office's setting. */
export const officeZone = async (locale: Locale): Promise<string> =>
  officeTimezone((await officeFor(locale)).timezone)
