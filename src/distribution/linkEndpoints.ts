import type { Endpoint } from 'payload'

import { staffEndpoint, uncachedJson } from '../lib/staffEndpoint'
import { listOutbox } from './outbox'
import { previewDistribution } from './preview'
import { revokeDelivery, revokeReleaseLinks } from './revoke'

const idOf = (req: { routeParams?: Record<string, unknown> }) => String(req.routeParams?.id ?? '')

/** On press-releases: revoke every link, preview a send, and the outbox when there is no SMTP. */
export const releaseLinkEndpoints: Endpoint[] = [
  staffEndpoint({
    path: '/:id/revoke-links',
    method: 'post',
    logIn: 'refuseRevokeLogIn',
    handler: async (req) =>
      uncachedJson(await revokeReleaseLinks(req.payload, { release: idOf(req), user: req.user })),
  }),
  staffEndpoint({
    path: '/:id/distribution-preview',
    method: 'get',
    logIn: 'refuseLogInPreview',
    handler: async (req) =>
      uncachedJson(
        await previewDistribution(req.payload, {
          release: idOf(req),
          lists: (req.searchParams.get('lists') ?? '').split(',').filter(Boolean),
          mode: req.searchParams.get('mode') ?? undefined,
        }),
      ),
  }),
  staffEndpoint({
    path: '/:id/outbox',
    method: 'get',
    logIn: 'refuseLogInOutbox',
    handler: async (req) =>
      uncachedJson({
        // With SMTP_URL set, mail leaves the server and there is no outbox to show.
        outbox: process.env.SMTP_URL ? null : await listOutbox({ release: idOf(req) }),
      }),
  }),
]

/** On deliveries: POST /api/deliveries/:id/revoke (editors and admins). */
export const deliveryEndpoints: Endpoint[] = [
  staffEndpoint({
    path: '/:id/revoke',
    method: 'post',
    logIn: 'refuseRevokeLogIn',
    handler: async (req) =>
      uncachedJson({ doc: await revokeDelivery(req.payload, { id: idOf(req), user: req.user }) }),
  }),
]
