import type { Endpoint } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import { handled, requireUser } from '../../../lib/errorResponse'
import { unapprovedQuotes } from '../unapprovedQuotes'

/**
 * POST /api/press-releases/publish-check { quotes } — staff: what would stop the form's current
 * quotes from being published, worded for the admin (the same check the save runs).
 */
export const publishCheckEndpoint: Endpoint = {
  path: '/publish-check',
  method: 'post',
  handler: handled(async (req) => {
    requireUser(req, 'publish')
    await addDataAndFileToRequest(req)
    const quotes = Array.isArray(req.data?.quotes) ? (req.data.quotes as unknown[]) : []
    return Response.json({ blockers: await unapprovedQuotes(req, quotes) })
  }),
}
