import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { canDistribute } from '../access/roles'
import { correctionPending } from '../corrections/sendCorrection'
import { sendToEveryone, sendToEveryoneRefusal } from '../crisis/sendToEveryone'
import { nowOf } from '../lib/clock'
import { sendReviewRefusal } from '../review/sendRefusal'
import { handled, requireUser } from '../lib/errorResponse'
import { refused } from '../lib/errors'
import { deliveryJson } from './deliveryJson'
import { distributeRelease, type DistributeRequest } from './distribute'
import { linkUsesBy } from './linkUses'

const readJson = async (req: PayloadRequest): Promise<DistributeRequest> => {
  try {
    const body = req.json ? await req.json() : {}
    return body && typeof body === 'object' ? (body as DistributeRequest) : {}
  } catch {
    throw refused('refuseSendJson')
  }
}

/** POST /api/press-releases/:id/distribute → 202 with the recipient and skipped counts. */
const distribute: PayloadHandler = async (req) => {
  const notReviewed = await sendReviewRefusal(req, String(req.routeParams?.id))
  if (notReviewed) throw notReviewed
  const result = await distributeRelease(req.payload, {
    release: String(req.routeParams?.id),
    request: await readJson(req),
    user: req.user,
    req,
  })
  return Response.json(result, { status: 202 })
}

/** GET /api/press-releases/:id/deliveries → every delivery of the release, with its link uses. */
const deliveries: PayloadHandler = async (req) => {
  requireUser(req, 'refuseLogInDeliveries')
  const { docs } = await req.payload.find({
    collection: 'deliveries',
    where: { release: { equals: String(req.routeParams?.id) } },
    pagination: false,
    depth: 1,
    sort: 'id',
    overrideAccess: false,
    user: req.user,
  })
  const uses = await linkUsesBy(req.payload, { release: { equals: String(req.routeParams?.id) } })
  const counts = { queued: 0, sending: 0, sent: 0, failed: 0, skipped: 0, opened: 0 }
  const rows = docs.map((d) => {
    const linkUses = uses.get(String(d.id)) ?? []
    counts[d.status]++
    if (linkUses.length) counts.opened++
    const j = typeof d.journalist === 'object' ? d.journalist : null
    return {
      ...deliveryJson(d, linkUses),
      journalist: j
        ? { id: j.id, name: j.name, email: j.email, outlet: j.outlet ?? null }
        : d.journalist,
    }
  })
  const release = await req.payload
    .findByID({
      collection: 'press-releases',
      id: String(req.routeParams?.id),
      depth: 0,
      overrideAccess: true,
    })
    .catch(() => null)
  const canSendToEveryone =
    release !== null &&
    (await sendToEveryoneRefusal(req, release, nowOf(req))) === null &&
    (await sendReviewRefusal(req, release.id)) === null
  return Response.json({
    counts,
    deliveries: rows,
    canSend: canDistribute(req.user),
    canSendToEveryone,
    canSendCorrection: release !== null && (await correctionPending(req, release)),
  })
}

export const distributionEndpoints: Endpoint[] = [
  // Errors answer as Payload's own do: {"errors": [{"message"}]} with the status.
  { path: '/:id/distribute', method: 'post', handler: handled(distribute) },
  { path: '/:id/deliveries', method: 'get', handler: handled(deliveries) },
  // POST /api/press-releases/:id/send-to-everyone → 202: the emergency send (src/crisis).
  {
    path: '/:id/send-to-everyone',
    method: 'post',
    handler: handled(async (req) =>
      Response.json(await sendToEveryone(req, String(req.routeParams?.id)), { status: 202 }),
    ),
  },
]
