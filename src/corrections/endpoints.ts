import type { Endpoint } from 'payload'

import { handled } from '../lib/errorResponse'
import { sendCorrection } from './sendCorrection'

/** POST /api/press-releases/:id/send-correction → 202 {"recipients": n}. */
export const correctionEndpoints: Endpoint[] = [
  {
    path: '/:id/send-correction',
    method: 'post',
    handler: handled(async (req) =>
      Response.json(await sendCorrection(req, String(req.routeParams?.id)), { status: 202 }),
    ),
  },
]
