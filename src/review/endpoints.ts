import type { Endpoint, PayloadRequest } from 'payload'

import { canPublish } from '../access/roles'
import {
  approveForcedRefusal,
  type ReviewedCollection,
  secondPairOfEyesOn,
  writersOf,
} from '../access/secondPairOfEyes'
import { nowOf } from '../lib/clock'
import { refusal } from '../lib/refusal'
import { readOfficeTimezone } from '../lib/settings'
import { staffEndpoint, uncachedJson } from '../lib/staffEndpoint'
import { say } from '../lib/translations'
import { hasText } from './hasText'
import { notifyReviewers } from './notifyReviewers'
import {
  approved,
  awaitsApproval,
  type ForcedPublication,
  forcedById,
  returned,
  type Review,
  type ReviewPatch,
  reviewPatchKey,
  storedForced,
  storedReview,
  submitted,
} from './workflow'

type Doc = Record<string, unknown> & {
  id: number | string
  _status?: string
  review?: Review
  forcedPublication?: ForcedPublication
}

/** The newest version (a draft, or the published document when nothing newer is saved). */
const latestOf = async (req: PayloadRequest, collection: ReviewedCollection, locale?: 'all') => {
  // A read with `req` sets its locale; the save that follows must not write every language at once.
  const { locale: asked, fallbackLocale } = req
  try {
    return (await req.payload.findByID({
      collection,
      id: String(req.routeParams?.id),
      draft: true,
      depth: 0,
      locale,
      overrideAccess: false,
      user: req.user,
      req,
    })) as unknown as Doc
  } finally {
    req.locale = asked
    req.fallbackLocale = fallbackLocale
  }
}

/**
 * Writes a review step onto the newest version, as it stands: a draft stays a draft (the review
 * is about it), a published document stays published, and nothing else in it changes.
 */
const saveStep = async (
  req: PayloadRequest,
  collection: ReviewedCollection,
  latest: Doc,
  patch: ReviewPatch,
) => {
  req.context[reviewPatchKey] = patch
  try {
    return (await req.payload.update({
      collection,
      id: latest.id,
      data: {},
      draft: latest._status !== 'published',
      depth: 0,
      overrideAccess: true,
      req,
    })) as unknown as Doc
  } finally {
    delete req.context[reviewPatchKey]
  }
}

const latestVersionId = async (
  req: PayloadRequest,
  collection: ReviewedCollection,
  id: Doc['id'],
) => {
  const { docs } = await req.payload.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0]?.id ?? null
}

const readComment = (req: PayloadRequest): string => {
  const comment = (req.data as { comment?: unknown } | undefined)?.comment
  if (typeof comment !== 'string' || !comment.trim())
    throw refusal(req, 'reviewCommentMissing', {}, 400)
  return comment.trim()
}

/**
 * The review's doors over HTTP (the admin's buttons use them too):
 * POST …/:id/submit (staff), POST …/:id/return {"comment"} (editors),
 * POST …/:id/approve-forced (an editor other than the one who forced), GET …/:id/review.
 */
export const reviewEndpoints = (collection: ReviewedCollection): Endpoint[] => [
  staffEndpoint({
    path: '/:id/submit',
    method: 'post',
    logIn: 'refuseLogInSubmitReview',
    handler: async (req) => {
      const latest = await latestOf(req, collection, 'all')
      if (!hasText(collection, latest))
        throw refusal(
          req,
          collection === 'press-packs' ? 'reviewNoPackText' : 'reviewNoText',
          {},
          400,
        )
      if (latest._status === 'published') throw refusal(req, 'reviewNothingToReview', {}, 400)
      const doc = await saveStep(req, collection, latest, {
        review: submitted(req.user!.id, nowOf(req)),
      })
      await notifyReviewers(req, collection, doc)
      return Response.json({ message: say(req.t, 'reviewSubmitted'), review: doc.review })
    },
  }),
  staffEndpoint({
    path: '/:id/return',
    method: 'post',
    logIn: 'refuseLogInReturnReview',
    handler: async (req) => {
      if (!canPublish(req.user)) throw refusal(req, 'reviewOnlyEditorsReturn')
      const comment = readComment(req)
      const latest = await latestOf(req, collection)
      if (latest._status === 'published') throw refusal(req, 'reviewNothingToReview', {}, 400)
      const version = await latestVersionId(req, collection, latest.id)
      await req.payload.create({
        collection: 'review-comments',
        data: {
          [collection === 'press-packs' ? 'pack' : 'release']: latest.id,
          version: version === null ? null : String(version),
          comment,
          author: req.user!.id,
        },
        overrideAccess: true,
        req,
      })
      const doc = await saveStep(req, collection, latest, { review: returned(latest.review ?? {}) })
      return Response.json({ message: say(req.t, 'reviewReturnedToast'), review: doc.review })
    },
  }),
  staffEndpoint({
    path: '/:id/approve-forced',
    method: 'post',
    logIn: 'refuseLogInApproveForced',
    handler: async (req) => {
      if (!canPublish(req.user)) throw refusal(req, 'reviewOnlyEditorsApprove')
      const latest = await latestOf(req, collection)
      if (!awaitsApproval(latest.forcedPublication)) throw refusal(req, 'reviewNotForced', {}, 409)
      const sameEditor = approveForcedRefusal(req, forcedById(latest.forcedPublication))
      if (sameEditor) throw sameEditor
      const doc = await saveStep(req, collection, latest, {
        forcedPublication: approved(latest.forcedPublication!, req.user!.id, nowOf(req)),
      })
      return Response.json({
        message: say(req.t, 'reviewApprovedToast'),
        forcedPublication: doc.forcedPublication,
      })
    },
  }),
  staffEndpoint({
    path: '/:id/review',
    method: 'get',
    logIn: 'refuseLogInSeeReview',
    handler: async (req) => {
      const latest = await latestOf(req, collection)
      const forcedPublication = storedForced(latest.forcedPublication)
      const wroteIt =
        (await secondPairOfEyesOn(req)) &&
        writersOf(latest).some((id) => String(id) === String(req.user!.id))
      const { docs: comments } = await req.payload.find({
        collection: 'review-comments',
        where: { [collection === 'press-packs' ? 'pack' : 'release']: { equals: latest.id } },
        sort: '-createdAt',
        depth: 1,
        limit: 20,
        overrideAccess: true,
        req,
      })
      const nameOf = async (user: unknown) => {
        if (user === null || user === undefined) return null
        const found = await req.payload
          .findByID({ collection: 'users', id: String(user), depth: 0, overrideAccess: true, req })
          .catch(() => null)
        return found?.name ?? null
      }
      const review = storedReview(latest.review)
      return uncachedJson({
        timeZone: await readOfficeTimezone(req.payload, req),
        submittedByName: await nameOf(review.submittedBy),
        forcedByName: await nameOf(forcedPublication.by),
        review,
        forcedPublication,
        awaitsApproval: awaitsApproval(forcedPublication),
        mayPublish: canPublish(req.user),
        /** An editor who wrote the current text publishes it only by forcing, with a reason. */
        mustForce: canPublish(req.user) && wroteIt,
        mayApproveForced:
          canPublish(req.user) &&
          awaitsApproval(forcedPublication) &&
          String(forcedPublication.by) !== String(req.user!.id),
        comments: comments.map((c) => ({
          id: c.id,
          comment: c.comment,
          version: c.version ?? null,
          author: typeof c.author === 'object' && c.author ? c.author.name : null,
          at: c.createdAt,
        })),
      })
    },
  }),
]
