import type { Endpoint, PayloadHandler } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import { handled, requireUser } from './errorResponse'
import type { CustomKey } from './translations'

/**
 * A custom endpoint for logged-in staff: anonymous requests get 401 with the `logIn` sentence ("Zaloguj się, aby …"), a POST
 * body is parsed into req.data / req.file, and every error goes through errorResponse. With
 * `bodyLimit`, a body that declares more bytes is refused with its error before it is read.
 */
export const staffEndpoint = (options: {
  path: string
  method: 'get' | 'post'
  /** The refusal an anonymous request gets: "Log in to <what this endpoint does>". */
  logIn: CustomKey
  handler: PayloadHandler
  bodyLimit?: { bytes: number; refusal: () => Error }
}): Endpoint => ({
  path: options.path,
  method: options.method,
  handler: handled(async (req) => {
    requireUser(req, options.logIn)
    const declared = Number(req.headers.get('content-length'))
    // Room for the multipart framing around a file of the limit's size.
    if (options.bodyLimit && declared > options.bodyLimit.bytes + 64 * 1024)
      throw options.bodyLimit.refusal()
    if (options.method === 'post') await addDataAndFileToRequest(req)
    return options.handler(req)
  }),
})

/** JSON the admin reads fresh every time (schedules, filters). */
export const uncachedJson = (data: unknown): Response =>
  Response.json(data, { headers: { 'Cache-Control': 'no-store' } })
