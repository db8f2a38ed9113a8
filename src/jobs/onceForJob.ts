import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { createLocalReq } from 'payload'

import { withDatabaseLock } from '../lib/databaseLock'

type Id = number | string

/** Where a job notes, in its own input, that its effect happened. */
const doneKey = 'pressroomDoneAt'

/**
 * Runs a job's effect at most once, however often the job runs: the effect and a note on the job
 * saying it happened are written in one transaction. A run after a crash (the instance died after
 * publishing, before Payload marked the job complete) finds the note and does nothing; a crash
 * before the commit left nothing, and the effect happens now. The job's row is written first, so a
 * second run of the same job at the same moment waits for the first to commit, then sees its note.
 * Returns false when the effect had already happened.
 *
 * Runs of one job also take turns (withDatabaseLock). That is what keeps it to one effect on
 * SQLite, which runs without transactions here (one machine, one instance): there the note is
 * written right after the effect, and a crash between the two would repeat it.
 */
export const onceForJob = async (
  payload: Payload,
  jobId: Id,
  user: TypedUser | null,
  effect: (req: PayloadRequest) => Promise<void>,
): Promise<boolean> =>
  withDatabaseLock(payload, `pressroom:job:${jobId}`, async () => {
    const req = await createLocalReq({ user: user ?? undefined }, payload)
    // Null where there are no transactions (SQLite as configured, MongoDB without a replica set).
    const transactionID = (await payload.db.beginTransaction()) ?? undefined
    req.transactionID = transactionID
    try {
      await payload.db.updateJobs({
        id: jobId,
        data: { updatedAt: new Date().toISOString() },
        req,
        returning: false,
      })
      const { docs } = await payload.db.find({
        collection: 'payload-jobs',
        where: { id: { equals: jobId } },
        limit: 1,
        pagination: false,
        req,
      })
      const input = ((docs[0] as { input?: object } | undefined)?.input ?? {}) as Record<
        string,
        unknown
      >
      if (input[doneKey]) {
        if (transactionID) await payload.db.commitTransaction(transactionID)
        return false
      }
      await effect(req)
      await payload.db.updateJobs({
        id: jobId,
        data: { input: { ...input, [doneKey]: new Date().toISOString() } },
        req,
        returning: false,
      })
      if (transactionID) await payload.db.commitTransaction(transactionID)
      return true
    } catch (error) {
      if (transactionID) await payload.db.rollbackTransaction(transactionID)
      throw error
    }
  })

/**
 * A fresh request in the same transaction as `req`: Payload operations change their request's
 * locale (a restore reads every locale), so each call of an effect gets its own.
 */
export const sameTransaction = async (req: PayloadRequest): Promise<PayloadRequest> => {
  const fresh = await createLocalReq({ user: req.user ?? undefined }, req.payload)
  fresh.transactionID = req.transactionID
  return fresh
}
