import { canApproveQuotes } from '../../../access/roles'
import { refused } from '../../../lib/errors'
import { nestedRequest } from '../../../lib/nestedRequest'
import { refusal } from '../../../lib/refusal'
import { textsByLocale } from '../../../lib/quotes'
import { staffEndpoint } from '../../../lib/staffEndpoint'

const decisions = ['approved', 'rejected'] as const
type Decision = (typeof decisions)[number]

/**
 * POST /api/quotes/:id/review { decision: 'approved' | 'rejected', comment? } — the approver's
 * one click. The update runs as the caller with access applied, so the field rules on `status`
 * decide, exactly as in the edit form.
 */
export const reviewQuoteEndpoint = staffEndpoint({
  path: '/:id/review',
  method: 'post',
  logIn: 'refuseLogInReviewQuotes',
  handler: async (req) => {
    const decision = req.data?.decision as Decision
    if (!decisions.includes(decision)) throw refused('refuseQuoteDecision')
    const comment = typeof req.data?.comment === 'string' ? req.data.comment.trim() : ''
    if (!canApproveQuotes(req.user)) throw refusal(req, 'refuseNotApprover')
    const id = String(req.routeParams?.id)
    const quote = await req.payload.findByID({
      collection: 'quotes',
      id,
      locale: 'all',
      select: { text: true },
      user: req.user,
      overrideAccess: false,
      depth: 0,
      req: nestedRequest(req),
    })
    // Saved in a language the quote is written in: its required text is checked in the locale of
    // the save, and a quote from an English or Ukrainian release has no Polish text.
    const locale = textsByLocale(quote.text, req.locale)[0]?.locale
    const doc = await req.payload.update({
      collection: 'quotes',
      id,
      locale,
      data: { status: decision, ...(comment ? { reviewComment: comment } : {}) },
      user: req.user,
      overrideAccess: false,
      depth: 0,
      req,
    })
    if (doc.status !== decision) throw refusal(req, 'refuseNotApprover')
    return Response.json({ doc })
  },
})
