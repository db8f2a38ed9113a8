import type { Endpoint, PayloadHandler } from 'payload'

import { importUploadEndpoint } from './importUpload'
import { publishCheckEndpoint } from './publishCheck'
import { scheduleHealthEndpoint } from './scheduleHealth'
import { statusFiltersEndpoint } from './statusFilters'

const formats = ['pdf', 'html', 'txt'] as const

// The generator (Chromium, Handlebars) loads on the first export, not with the config.
const handler =
  (format: (typeof formats)[number]): PayloadHandler =>
  async (req) => {
    const { exportRelease } = await import('./exportRelease')
    return exportRelease(format)(req)
  }

/** GET /api/press-releases/:id/pdf|html|txt?locale=pl[&draft=true] — :id is an id or a slug. */
export const releaseEndpoints: Endpoint[] = [
  ...formats.map((format): Endpoint => ({
    path: `/:id/${format}`,
    method: 'get',
    handler: handler(format),
  })),
  scheduleHealthEndpoint,
  statusFiltersEndpoint,
  importUploadEndpoint,
  publishCheckEndpoint,
]
