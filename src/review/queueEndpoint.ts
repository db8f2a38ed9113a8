import type { Endpoint, PayloadRequest, Where } from 'payload'

import type { ReviewedCollection } from '../access/secondPairOfEyes'
import { readOfficeTimezone } from '../lib/settings'
import { staffEndpoint, uncachedJson } from '../lib/staffEndpoint'

type Item = {
  collection: ReviewedCollection
  id: number | string
  title: string
  who: string | null
  at: string | null
  reason?: string | null
}

const titleField = { 'press-releases': 'headline', 'press-packs': 'title' } as const

const newest = async (req: PayloadRequest, collection: ReviewedCollection, where: Where) => {
  const { docs } = await req.payload.find({
    collection,
    where,
    draft: true,
    depth: 1,
    limit: 50,
    sort: '-updatedAt',
    overrideAccess: false,
    user: req.user,
    req,
  })
  return docs as unknown as Record<string, any>[]
}

const nameOf = (user: unknown) =>
  user && typeof user === 'object' ? ((user as { name?: string }).name ?? null) : null

/**
 * GET /api/press-releases/review-queue: what waits for an editor on the dashboard, releases and
 * packs alike: texts submitted for review, and publications made without a second pair of eyes
 * that no other editor has approved yet.
 */
export const reviewQueueEndpoint: Endpoint = staffEndpoint({
  path: '/review-queue',
  method: 'get',
  logIn: 'refuseLogInSeeReviewQueue',
  handler: async (req) => {
    const waiting: Item[] = []
    const forced: Item[] = []
    for (const collection of ['press-releases', 'press-packs'] as const) {
      for (const doc of await newest(req, collection, {
        'review.state': { equals: 'submitted' },
      })) {
        waiting.push({
          collection,
          id: doc.id,
          title: String(doc[titleField[collection]] ?? `#${doc.id}`),
          who: nameOf(doc.review?.submittedBy),
          at: doc.review?.submittedAt ?? null,
        })
      }
      const flagged = await newest(req, collection, {
        and: [
          { 'forcedPublication.reason': { exists: true } },
          { 'forcedPublication.reason': { not_equals: '' } },
          { 'forcedPublication.approvedBy': { exists: false } },
        ],
      })
      for (const doc of flagged) {
        forced.push({
          collection,
          id: doc.id,
          title: String(doc[titleField[collection]] ?? `#${doc.id}`),
          who: nameOf(doc.forcedPublication?.by),
          at: doc.forcedPublication?.at ?? null,
          reason: doc.forcedPublication?.reason ?? null,
        })
      }
    }
    return uncachedJson({ timeZone: await readOfficeTimezone(req.payload, req), waiting, forced })
  },
})
