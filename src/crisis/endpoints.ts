import type { Endpoint } from 'payload'

import { staffEndpoint, uncachedJson } from '../lib/staffEndpoint'
import { crisisOverview, decideHeld } from './held'

/**
 * The freeze's endpoints on the press-office global:
 * `GET /api/globals/press-office/held` — the freeze and what it holds, with due times (staff);
 * `POST /api/globals/press-office/held/decide` `{"item","action","at"?}` — publish now,
 * reschedule or cancel one held item, after the lift (editors and admins).
 */
export const crisisEndpoints: Endpoint[] = [
  staffEndpoint({
    path: '/held',
    method: 'get',
    logIn: 'refuseLogInSeeHeld',
    handler: async (req) => uncachedJson(await crisisOverview(req)),
  }),
  staffEndpoint({
    path: '/held/decide',
    method: 'post',
    logIn: 'refuseLogInDecideHeld',
    handler: async (req) => uncachedJson(await decideHeld(req, (req.data ?? {}) as object)),
  }),
]
