import { canApproveQuotes } from '../../../access/roles'
import { UserError } from '../../../lib/errors'
import { staffEndpoint } from '../../../lib/staffEndpoint'

const decisions = ['approved', 'rejected'] as const
type Decision = (typeof decisions)[number]

const notAnApprover = () => new UserError('Only approvers can approve or reject quotes', 1, 403)

/**
 * POST /api/quotes/:id/review { decision: 'approved' | 'rejected', comment? } — the approver's
 * one click. The update runs as the caller with access applied, so the field rules on `status`
 * decide, exactly as in the edit form.
 */
export const reviewQuoteEndpoint = staffEndpoint({
  path: '/:id/review',
  method: 'post',
  doing: 'review quotes',
  handler: async (req) => {
    const decision = req.data?.decision as Decision
    if (!decisions.includes(decision))
      throw new UserError('decision must be "approved" or "rejected"', 1, 400)
    const comment = typeof req.data?.comment === 'string' ? req.data.comment.trim() : ''
    if (!canApproveQuotes(req.user)) throw notAnApprover()
    const doc = await req.payload.update({
      collection: 'quotes',
      id: String(req.routeParams?.id),
      data: { status: decision, ...(comment ? { reviewComment: comment } : {}) },
      user: req.user,
      overrideAccess: false,
      depth: 0,
      req,
    })
    if (doc.status !== decision) throw notAnApprover()
    return Response.json({ doc })
  },
})
