import type { PayloadHandler, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { noteDatabaseFailure } from './databaseHealth'
import { refusalBody, refused, UserError } from './errors'
import type { CustomKey } from './translations'
import { databaseUnavailableKey, isDatabaseUnavailable } from './unavailable'
import { refuseWithoutUser } from '../payload-patches/userLookup'

const json = (status: number, message: string): Response =>
  Response.json({ errors: [{ message }] }, { status })

/** Said instead of a message that was not written for the public. */
const plainWords: Record<number, CustomKey> = {
  400: 'refuseBadRequest',
  401: 'refuseLogInFirst',
  403: 'refuseNotAllowed',
  404: 'refuseNotFound',
}

/** An answer worded in the asker's language, with its key for any other client. */
const worded = (req: ErrorAsker, status: number, key: CustomKey, vars?: Record<string, unknown>) =>
  Response.json(refusalBody(req.t, key, vars), { status })

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
    return wording
      ? worded(req, error.httpStatus, wording.key, wording.vars)
      : json(error.httpStatus, error.message)
  }
  if (error instanceof APIError && error.status < 500) {
    return error.isPublic
      ? json(error.status, error.message)
      : worded(req, error.status, plainWords[error.status] ?? plainWords[400])
  }
  if (isDatabaseUnavailable(error)) {
    noteDatabaseFailure()
    return worded(req, 503, databaseUnavailableKey)
  }
  req.payload.logger.error({ err: error }, `${req.method ?? ''} ${req.pathname ?? ''} failed`)
  return worded(req, 500, 'refuseServerFailed')
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

/** Refuses an anonymous request to a staff endpoint, with the sentence that names what it does. */
export const requireUser = (req: PayloadRequest, logIn: CustomKey): void => {
  refuseWithoutUser(req, logIn)
  if (!req.user) throw refused(logIn, {}, 401)
}
