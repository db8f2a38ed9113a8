import type { CollectionConfig, Endpoint } from 'payload'

import { refused } from '../lib/errors'
import { staffEndpoint, uncachedJson } from '../lib/staffEndpoint'
import { jobQueues, runQueue } from './runner'

/**
 * GET /api/payload-jobs/run in place of Payload's own, which would run due jobs without this
 * app's claim (two instances, or a request and a runner, could run one job twice). Signed-in staff
 * only (401 otherwise, as Payload's); `?queue=` one of this app's queues (default `default`) or
 * `?allQueues=true`; `?limit=` per queue. Each job is claimed first (runQueue), like the runners.
 */
export const runJobsEndpoint: Endpoint = staffEndpoint({
  path: '/run',
  method: 'get',
  logIn: 'refuseLogInRunJobs',
  handler: async (req) => {
    const known = jobQueues().map((q) => q.queue)
    const all = String(req.query.allQueues ?? '') === 'true'
    const queue = String(req.query.queue ?? 'default')
    if (!all && !known.includes(queue)) {
      throw refused('refuseNoQueue', { queue, queues: known.join(', ') })
    }
    const limit = Number(req.query.limit)
    const ran = []
    for (const q of all ? known : [queue]) {
      const options = Number.isInteger(limit) && limit > 0 ? { limit } : {}
      ran.push(...(await runQueue(req.payload, q, options)).map((job) => ({ ...job, queue: q })))
    }
    return uncachedJson({ message: `Ran ${ran.length} job(s).`, ran })
  },
})

/** Payload's jobs collection with its run endpoint swapped for the claiming one. */
export const claimingJobsCollection = ({
  defaultJobsCollection,
}: {
  defaultJobsCollection: CollectionConfig
}): CollectionConfig => ({
  ...defaultJobsCollection,
  endpoints: [
    ...(defaultJobsCollection.endpoints || []).filter(
      (e) => !(e.path === '/run' && e.method === 'get'),
    ),
    runJobsEndpoint,
  ],
})
