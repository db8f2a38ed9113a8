import type { Endpoint, PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { PressRelease } from '../payload-types'

import { canPublish } from '../access/roles'
import { isReleaseListedAt, withdrawalStateOf } from '../access/visibility'
import { auditSkipKey, titleOf } from '../audit/hooks/publication'
import { recordAuditEvent } from '../audit/record'
import { nowOf } from '../lib/clock'
import { type Locale, releaseLocales } from '../lib/locales'
import { refusal } from '../lib/refusal'
import { staffEndpoint } from '../lib/staffEndpoint'
import { say } from '../lib/translations'
import { withdrawalWriteKey } from './fields'
import { recordWithdrawalEvent } from './events'
import { readWithdrawalAsk, type WithdrawalAsk } from './request'

const collection = 'press-releases'

type Release = PressRelease & { headline: unknown }

const displayName = (req: PayloadRequest): string => {
  const user = req.user as { name?: string | null; email?: string | null; id: unknown }
  return user.name || user.email || String(user.id)
}

/** The published release the address names (every language), or a refusal that says why not. */
const publishedRelease = async (req: PayloadRequest): Promise<Release> => {
  if (!canPublish(req.user)) throw refusal(req, 'withdrawEditorsOnly')
  const id = String(req.routeParams?.id)
  const read = (draft: boolean) =>
    req.payload
      .findByID({
        collection,
        id,
        draft,
        depth: 0,
        locale: 'all',
        overrideAccess: true,
        disableErrors: true,
        req,
      })
      .catch(() => null) as Promise<Release | null>
  const release = await read(false)
  if (!release) throw refusal(req, 'refuseNoRelease', { id }, 404)
  if (release._status !== 'published') throw refusal(req, 'withdrawNotPublished', {}, 409)
  // Saving the withdrawal would publish a newer draft with it: the office decides on that first.
  const latest = await read(true)
  if (latest && latest._status !== 'published') throw refusal(req, 'withdrawPendingDraft', {}, 409)
  return release
}

/** The superseding release: public and listed now, and not this one. */
const checkSuperseding = async (req: PayloadRequest, release: Release, ask: WithdrawalAsk) => {
  if (ask.supersededBy === null) return
  if (String(ask.supersededBy) === String(release.id))
    throw refusal(req, 'withdrawSupersededSame', {}, 400)
  const target = await req.payload
    .findByID({
      collection,
      id: ask.supersededBy,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    .catch(() => null)
  if (!target || !isReleaseListedAt(target, nowOf(req)))
    throw refusal(req, 'withdrawSupersededNotPublic', {}, 400)
}

type Written = {
  state: WithdrawalAsk['reason'] | 'none'
  notes: Partial<Record<Locale, string>>
  supersededBy: number | string | null
}

/**
 * Writes the group, one save per language (its note is localized), in the request's
 * transaction: only this endpoint writes it, and the publication audit hook stays out (the
 * endpoint records the one entry itself).
 */
const saveWithdrawal = async (req: PayloadRequest, release: Release, written: Written) => {
  const at = nowOf(req).toISOString()
  const by = displayName(req)
  const context = { [withdrawalWriteKey]: true, [auditSkipKey]: true }
  Object.assign(req.context, context)
  const { locale, fallbackLocale } = req
  try {
    // Only the languages it is written in: a save in another would find its headline missing.
    for (const l of releaseLocales(release.headline)) {
      await req.payload.update({
        collection,
        id: release.id,
        locale: l,
        data: {
          withdrawal: {
            state: written.state,
            at: written.state === 'none' ? null : at,
            by: written.state === 'none' ? null : by,
            supersededBy: (written.supersededBy as number | null) ?? null,
            note: written.notes[l] ?? null,
          },
        },
        draft: false,
        depth: 0,
        overrideAccess: true,
        req,
      })
    }
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
    delete req.context[withdrawalWriteKey]
    delete req.context[auditSkipKey]
  }
  return { at, by }
}

const inTransaction = async <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> => {
  const own = await initTransaction(req)
  try {
    const result = await work()
    if (own) await commitTransaction(req)
    return result
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
}

const audit = (
  req: PayloadRequest,
  release: Release,
  action: 'withdraw' | 'unwithdraw',
  reason: string | null,
  detail: string | null,
) =>
  recordAuditEvent(
    { payload: req.payload, req },
    {
      action,
      doc: { collection, id: release.id, title: titleOf(collection, release) },
      reason,
      detail,
    },
  )

/**
 * POST /api/press-releases/:id/withdraw {"reason", "note"?, "supersededBy"?} and
 * POST …/:id/unwithdraw (editors): the record states of a published release (issue 24). Every
 * refusal comes before anything is saved; the save, its release event and its audit entry are
 * one transaction.
 */
export const withdrawalEndpoints: Endpoint[] = [
  staffEndpoint({
    path: '/:id/withdraw',
    method: 'post',
    logIn: 'refuseLogInWithdraw',
    handler: async (req) => {
      const release = await publishedRelease(req)
      const ask = readWithdrawalAsk(req, releaseLocales(release.headline))
      await checkSuperseding(req, release, ask)
      const done = await inTransaction(req, async () => {
        const saved = await saveWithdrawal(req, release, {
          state: ask.reason,
          notes: ask.notes,
          supersededBy: ask.supersededBy,
        })
        await recordWithdrawalEvent(req, release, ask.reason, ask.notes, ask.supersededBy)
        await audit(req, release, 'withdraw', ask.reason, Object.values(ask.notes)[0] ?? null)
        return saved
      })
      return Response.json({
        message: say(req.t, 'withdrawDone'),
        withdrawal: { state: ask.reason, note: ask.notes, supersededBy: ask.supersededBy, ...done },
      })
    },
  }),
  staffEndpoint({
    path: '/:id/unwithdraw',
    method: 'post',
    logIn: 'refuseLogInUnwithdraw',
    handler: async (req) => {
      const release = await publishedRelease(req)
      const before = withdrawalStateOf(release)
      if (before === 'none') throw refusal(req, 'unwithdrawNothing', {}, 409)
      const done = await inTransaction(req, async () => {
        const saved = await saveWithdrawal(req, release, {
          state: 'none',
          notes: {},
          supersededBy: null,
        })
        await recordWithdrawalEvent(req, release, 'unwithdrawn', {}, null)
        await audit(req, release, 'unwithdraw', before, null)
        return saved
      })
      return Response.json({
        message: say(req.t, 'unwithdrawDone'),
        withdrawal: { state: 'none', ...done },
      })
    },
  }),
]
