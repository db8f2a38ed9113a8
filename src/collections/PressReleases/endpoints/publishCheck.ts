import { staffEndpoint } from '../../../lib/staffEndpoint'
import { unapprovedQuotes } from '../../../lib/unapprovedQuotes'

/**
 * POST /api/press-releases/publish-check { quotes } — staff: what would stop the form's current
 * quotes from being published, worded for the admin (the same check the save runs).
 */
export const publishCheckEndpoint = staffEndpoint({
  path: '/publish-check',
  method: 'post',
  logIn: 'refuseLogInPublish',
  handler: async (req) => {
    const quotes = Array.isArray(req.data?.quotes) ? (req.data.quotes as unknown[]) : []
    return Response.json({ blockers: await unapprovedQuotes(req, quotes) })
  },
})
