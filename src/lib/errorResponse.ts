import type { PayloadHandler, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { noteDatabaseFailure } from './databaseHealth'
import { UserError } from './errors'
import { say } from './translations'
import { databaseUnavailableMessage, isDatabaseUnavailable } from './unavailable'
import { refuseWithoutUser } from '../payload-patches/userLookup'

const json = (status: number, message: string, data?: { key: string }): Response =>
  Response.json({ errors: [{ message, ...(data ? { data } : {}) }] }, { status })

/** Said instead of a message that was not written for the public. */
const plainWords: Record<number, string> = {
  400: 'The request is not valid',
  401: 'Log in first',
  403: 'Not allowed',
  404: 'Not found',
}

/**
 * Who asked: a Payload request, or what the export route knows of one (no `t`: a worded refusal
 * then keeps its English message, with its key).
 */
export type ErrorAsker = Pick<PayloadRequest, 'payload' | 'method' | 'pathname'> & {
  t?: PayloadRequest['t']
}

/**
 * The one error answer of every custom endpoint: a UserError with its status and message (worded
 * in the asker's language, with its key, when it carries one), a
 * Payload error with its status (its message only when Payload marks it public), a database
 * outage a 503, anything else a logged 500 that tells the caller nothing of the internals.
 */
export const errorResponse = (req: ErrorAsker, error: unknown): Response => {
  if (error instanceof UserError) {
    const { wording } = error
    if (!wording) return json(error.httpStatus, error.message)
    const message = req.t ? say(req.t, wording.key, wording.vars) : error.message
    return json(error.httpStatus, message, { key: wording.key })
  }
  if (error instanceof APIError && error.status < 500) {
    return json(
      error.status,
      error.isPublic ? error.message : (plainWords[error.status] ?? plainWords[400]),
    )
  }
  if (isDatabaseUnavailable(error)) {
    noteDatabaseFailure()
    return json(503, databaseUnavailableMessage)
  }
  req.payload.logger.error({ err: error }, `${req.method ?? ''} ${req.pathname ?? ''} failed`)
  return json(500, 'Something went wrong on the server; the office can find the details in its log')
}

/** An endpoint handler whose errors all go through errorResponse. */
export const handled =
  (handler: PayloadHandler): PayloadHandler =>
  async (req) => {
    try {
      return await handler(req)
    } catch (error) {
      return errorResponse(req, error)
    }
  }

/** Refuses an anonymous request to a staff endpoint. */
export const requireUser = (req: PayloadRequest, doing: string): void => {
  refuseWithoutUser(req, doing)
  if (!req.user) throw new UserError(`Log in to ${doing}`, 1, 401)
}
