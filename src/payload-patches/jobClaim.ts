import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-sqlite'

import { claimAdapter, updateReturningIds } from '../lib/claimRows'

type Id = number | string

/**
 * Takes the oldest due job of `queue` for this instance, atomically, and returns its id (null:
 * none). Due: not completed, not failed, its `waitUntil` passed, and either free or claimed by an
 * instance whose lease ran out (`updatedAt` older than `staleBefore`: it died mid-run).
 *
 * Payload's own runner reads the due jobs and then marks them `processing` in a second step, so
 * two instances polling at the same moment both take the same job. Here the read and the mark are
 * one statement: on PostgreSQL `FOR UPDATE SKIP LOCKED` (a job another instance is taking is
 * skipped, and a row taken meanwhile fails the re-check), on SQLite one writer at a time.
 * tests/payload-internals.test.ts ("jobClaim.ts is still needed") fails once Payload's updateJobs
 * takes a job in one step; tests/job-claim.*.test.ts fail if the table or its columns change.
 */
export const claimDueJob = async (
  payload: Payload,
  queue: string,
  now: Date,
  staleBefore: Date,
  /** The freeze: jobs due by this moment wait for an editor (src/crisis/freeze.ts). */
  heldThrough: Date | null = null,
): Promise<Id | null> => {
  const nowIso = now.toISOString()
  const staleIso = staleBefore.toISOString()
  const heldIso = heldThrough?.toISOString() ?? null
  const adapter = claimAdapter(payload)
  if (adapter.name === 'mongoose') {
    const claimed = await adapter.collections!['payload-jobs'].findOneAndUpdate(
      {
        queue,
        completedAt: null,
        hasError: { $ne: true },
        $and: [
          { $or: [{ waitUntil: null }, { waitUntil: { $lt: now } }] },
          { $or: [{ processing: { $ne: true } }, { updatedAt: { $lt: staleBefore } }] },
          ...(heldThrough
            ? [{ $or: [{ waitUntil: null }, { waitUntil: { $gt: heldThrough } }] }]
            : []),
        ],
      },
      { $set: { processing: true, updatedAt: now } },
      { sort: { createdAt: 1 }, new: true },
    )
    return claimed ? claimed._id : null
  }
  const due = sql`completed_at is null and coalesce(has_error, false) = false and queue = ${queue}
    and (wait_until is null or wait_until < ${nowIso})
    and (coalesce(processing, false) = false or updated_at < ${staleIso})
    ${heldIso ? sql`and (wait_until is null or wait_until > ${heldIso})` : sql.raw('')}`
  const [id] = await updateReturningIds(
    payload,
    adapter.name === 'sqlite'
      ? sql`update payload_jobs set processing = 1, updated_at = ${nowIso}
        where id = (select id from payload_jobs where ${due} order by created_at, id limit 1)
        returning id`
      : sql`update payload_jobs set processing = true, updated_at = ${nowIso}
        where id = (select id from payload_jobs where ${due} order by created_at, id limit 1
          for update skip locked)
        returning id`,
  )
  return id ?? null
}
