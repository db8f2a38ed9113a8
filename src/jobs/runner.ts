import type { Payload } from 'payload'

import { Cron } from 'croner'

import { heldThrough, readFreeze } from '../crisis/freeze'
import { MAIL_QUEUE } from '../distribution/sendMailTask'
import { claimDueJob } from '../payload-patches/jobClaim'
import { runsJobs } from './role'

type JobStatus = { id: number | string; status: string }

/**
 * How long an instance may hold a job before another one takes it over (it died mid-run):
 * PRESSROOM_JOB_LEASE_S, default 120. A publication takes well under a second; a mail run that
 * outlives its lease is harmless, as each delivery is claimed on its own.
 */
export const jobLeaseMs = (): number => 1000 * positive(process.env.PRESSROOM_JOB_LEASE_S, 120)

/** How often the publication queue is looked at: PRESSROOM_JOB_POLL_S seconds, default 60. */
export const jobPollSeconds = (): number =>
  Math.min(60, positive(process.env.PRESSROOM_JOB_POLL_S, 60))

const positive = (value: string | undefined, fallback: number): number => {
  const n = Number(value)
  return value && Number.isFinite(n) && n > 0 ? n : fallback
}

const everySeconds = (s: number) => (s >= 60 ? '0 * * * * *' : `*/${Math.round(s)} * * * * *`)

/** The queues this app runs and how often: publications each minute, mail every 10 s. */
export const jobQueues = () => [
  { queue: 'default', cron: everySeconds(jobPollSeconds()), limit: 50 },
  { queue: MAIL_QUEUE, cron: everySeconds(Math.min(10, jobPollSeconds())), limit: 10 },
]

/**
 * Runs up to `limit` due jobs of `queue`, one at a time, each claimed first (claimDueJob), so
 * that any number of instances can poll the same database and each job runs on one of them.
 */
export const runQueue = async (
  payload: Payload,
  queue: string,
  { limit = 50, now = () => new Date() }: { limit?: number; now?: () => Date } = {},
): Promise<JobStatus[]> => {
  const ran: JobStatus[] = []
  while (ran.length < limit) {
    const at = now()
    // Read before every claim: a freeze switched on through any instance holds the next job.
    // Mail is held per delivery (sendDue.ts), so "send to everyone now" still goes.
    const held = queue === 'default' ? heldThrough(await readFreeze(payload), at) : null
    const id = await claimDueJob(payload, queue, at, new Date(at.getTime() - jobLeaseMs()), held)
    if (id === null) break
    payload.logger.info({ job: id, queue, pid: process.pid }, 'Claimed a job')
    const { jobStatus } = await payload.jobs.runByID({ id, silent: true })
    ran.push({ id, status: jobStatus?.[String(id)]?.status ?? 'unknown' })
  }
  return ran
}

/**
 * Payload's `jobs.autoRun`, called once Payload starts its crons (a request to the app, or
 * `getPayload({ cron: true })`): starts this app's own runners instead of Payload's, which would
 * let two instances run one job. An instance with PRESSROOM_ROLE=web starts none.
 */
export const startJobRunners = (payload: Payload): [] => {
  if (!runsJobs()) return []
  for (const { queue, cron, limit } of jobQueues()) {
    const runner = new Cron(cron, () => runQueue(payload, queue, { limit }).then(() => undefined), {
      protect: true,
      catch: (error) => payload.logger.error({ err: error, queue }, 'Running the job queue failed'),
    })
    // Payload stops what is in its `crons` on destroy().
    payload.crons.push(runner)
  }
  return []
}
