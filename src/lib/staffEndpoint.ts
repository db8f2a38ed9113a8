import type { Endpoint, PayloadHandler } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import { handled, requireUser } from './errorResponse'

/**
 * A custom endpoint for logged-in staff: anonymous requests get 401 ("Log in to <doing>"), a POST
 * body is parsed into req.data / req.file, and every error goes through errorResponse.
 */
export const staffEndpoint = (options: {
  path: string
  method: 'get' | 'post'
  doing: string
  handler: PayloadHandler
}): Endpoint => ({
  path: options.path,
  method: options.method,
  handler: handled(async (req) => {
    requireUser(req, options.doing)
    if (options.method === 'post') await addDataAndFileToRequest(req)
    return options.handler(req)
  }),
})

/** JSON the admin reads fresh every time (schedules, filters). */
export const uncachedJson = (data: unknown): Response =>
  Response.json(data, { headers: { 'Cache-Control': 'no-store' } })
