import type { APIError, PayloadRequest } from 'payload'

import { secondPairOfEyesRefusal, writersOf } from '../access/secondPairOfEyes'
import { awaitsApproval, type ForcedPublication, forcedById } from './workflow'

/**
 * The second pair of eyes at "send to journalists": refused to whoever wrote the newest text, and
 * to the editor who forced its publication until another editor has approved it.
 */
export const sendReviewRefusal = async (
  req: PayloadRequest,
  releaseId: number | string,
): Promise<APIError | null> => {
  if (!req.user) return null
  const latest = await req.payload
    .findByID({
      collection: 'press-releases',
      id: releaseId,
      draft: true,
      depth: 0,
      overrideAccess: true,
      req,
    })
    .catch(() => null)
  if (!latest) return null
  const forcedPublication = latest.forcedPublication as ForcedPublication | undefined
  const writers = [
    ...writersOf(latest),
    ...(awaitsApproval(forcedPublication) ? [forcedById(forcedPublication)!] : []),
  ]
  return secondPairOfEyesRefusal(req, writers, 'send')
}
