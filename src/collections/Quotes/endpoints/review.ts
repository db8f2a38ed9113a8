import type { Endpoint } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import { canApproveQuotes } from '../../../access/roles'

const decisions = ['approved', 'rejected'] as const
type Decision = (typeof decisions)[number]

const jsonError = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/**
 * POST /api/quotes/:id/review { decision: 'approved' | 'rejected', comment? } — the approver's
 * one click. The update runs as the caller with access applied, so the field rules on `status`
 * decide, exactly as in the edit form.
 */
export const reviewQuoteEndpoint: Endpoint = {
  path: '/:id/review',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return jsonError(401, 'Log in to review quotes')
    await addDataAndFileToRequest(req)
    const decision = req.data?.decision as Decision
    if (!decisions.includes(decision))
      return jsonError(400, 'decision must be "approved" or "rejected"')
    const comment = typeof req.data?.comment === 'string' ? req.data.comment.trim() : ''
    if (!canApproveQuotes(req.user)) {
      return jsonError(403, 'Only approvers can approve or reject quotes')
    }
    const id = String(req.routeParams?.id)
    try {
      const doc = await req.payload.update({
        collection: 'quotes',
        id,
        data: { status: decision, ...(comment ? { reviewComment: comment } : {}) },
        user: req.user,
        overrideAccess: false,
        depth: 0,
        req,
      })
      if (doc.status !== decision)
        return jsonError(403, 'Only approvers can approve or reject quotes')
      return Response.json({ doc })
    } catch (error) {
      const status = (error as { status?: number }).status ?? 500
      if (status >= 500) req.payload.logger.error({ err: error }, 'Quote review failed')
      return jsonError(status, status === 404 ? 'No such quote' : (error as Error).message)
    }
  },
}
