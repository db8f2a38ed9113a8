import type { PayloadRequest, Where } from 'payload'

import { stringify } from 'qs-esm'

import { nowOf } from '../../../lib/clock'
import { underEmbargoWhere } from '../../../access/visibility'
import { staffEndpoint, uncachedJson } from '../../../lib/staffEndpoint'
import { scheduledByRelease } from '../hooks/readPublicationStatus'

export const statusFilterKeys = ['all', 'draft', 'scheduled', 'embargoed', 'published'] as const
export type StatusFilterKey = (typeof statusFilterKeys)[number]

/** Each quick filter as the list's query string (`where[…]=…`), built from the same rules. */
export type StatusFilters = { key: StatusFilterKey; query: string }[]

export const readStatusFilters = async (
  req: PayloadRequest,
  now: Date = nowOf(req),
): Promise<StatusFilters> => {
  // Scheduling lives in the job queue, so the list asks for those releases by id.
  const scheduled = [...(await scheduledByRelease(req)).keys()]
  const where: Record<StatusFilterKey, Where | null> = {
    all: null,
    draft: { _status: { equals: 'draft' } },
    scheduled: { id: { in: scheduled.length ? scheduled : ['0'] } },
    embargoed: underEmbargoWhere(now),
    published: { _status: { equals: 'published' } },
  }
  return statusFilterKeys.map((key) => ({
    key,
    query: where[key] ? stringify({ where: where[key] }, { encodeValuesOnly: true }) : '',
  }))
}

/** GET /api/press-releases/status-filters — staff: the releases list's quick filters. */
export const statusFiltersEndpoint = staffEndpoint({
  path: '/status-filters',
  method: 'get',
  logIn: 'refuseLogInFilterReleases',
  handler: async (req) => uncachedJson(await readStatusFilters(req)),
})
