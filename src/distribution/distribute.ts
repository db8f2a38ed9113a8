import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { createLocalReq } from 'payload'

import type { Delivery, MailingList, PressRelease } from '../payload-types'

import { canDistribute } from '../access/roles'
import { isEmbargoOverAt, isShownState, releaseVisibleFrom } from '../access/visibility'
import { titleOf } from '../audit/hooks/publication'
import { recordAuditEvent } from '../audit/record'
import { imagesWithoutAlt } from '../lib/imagesWithoutAlt'
import { unapprovedQuotes } from '../lib/unapprovedQuotes'
import { refused, UserError } from '../lib/errors'
import { releaseLocales } from '../lib/locales'
import { say } from '../lib/translations'
import { momentProblem } from '../lib/moments'
import { type PreDeliveryRefusal, preDeliveryWords } from './preDelivery'
import { createDeliveryOnce } from './deliveryRows'
import { deliveryEntries, planDeliveries, resolveRecipients } from './recipients'
import { queueMailRun } from './sendMailTask'
import { linkLifetimeMs } from './settings'

export const distributionModes = ['at-publication', 'pre-delivery'] as const
export type DistributionMode = (typeof distributionModes)[number]

export type DistributeRequest = { lists?: unknown; mode?: unknown; at?: unknown }
export type DistributeResult = {
  mode: DistributionMode
  /** New deliveries queued now. */
  recipients: number
  /** New deliveries recorded as skipped, each with its reason. */
  skipped: number
  /** Journalists who already have this release this way: nothing new is sent to them. */
  alreadyDelivered: number
  /** When sending starts (null: at publication, which has not been decided yet). */
  sendsAt: string | null
}

export const readLists = async (payload: Payload, value: unknown): Promise<MailingList[]> => {
  if (!Array.isArray(value) || value.length === 0) {
    throw refused('refuseSendNoList')
  }
  const ids = value.map((v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v))
  const { docs } = await payload.find({
    collection: 'mailing-lists',
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const missing = ids.filter((id) => !docs.some((d) => String(d.id) === String(id)))
  if (missing.length) throw refused('refuseSendUnknownList', { ids: missing.join(', ') })
  return docs
}

export const deliveryKindOf = (mode: DistributionMode): Delivery['kind'] =>
  mode === 'pre-delivery' ? 'pre-delivery' : 'publication'

/** The mode asked for ('at-publication' when none), or a refusal naming the modes there are. */
export const distributionModeOf = (value: unknown): DistributionMode => {
  const mode = (value ?? 'at-publication') as DistributionMode
  if (!distributionModes.includes(mode)) {
    throw refused('refuseSendMode', { modes: distributionModes.join(', '), mode: String(value) })
  }
  return mode
}

/** The release to send, in every language it is written in, or a 404 naming the id asked for. */
export const releaseToSend = async (payload: Payload, id: number | string) => {
  const release = await payload
    .findByID({ collection: 'press-releases', id, depth: 0, locale: 'all', overrideAccess: true })
    .catch(() => null)
  if (!release) throw refused('refuseNoRelease', { id }, 404)
  return release
}

/** The ids (as strings) of the journalists who already have a delivery of `kind` of a release. */
export const journalistsAlreadyDelivered = async (
  payload: Payload,
  releaseId: number | string,
  kind: Delivery['kind'],
): Promise<Set<string>> => {
  const { docs } = await payload.find({
    collection: 'deliveries',
    where: { and: [{ release: { equals: releaseId } }, { kind: { equals: kind } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { journalist: true },
  })
  return new Set(
    docs.map((d) => String(typeof d.journalist === 'object' ? d.journalist.id : d.journalist)),
  )
}

const when = (value: unknown, now: Date): Date => {
  if (value === undefined || value === null || value === '') return now
  if (momentProblem(value, now) === 'unreadable')
    throw refused('refuseSendAtUnreadable', { value: String(value) })
  const at = new Date(String(value))
  return at.getTime() < now.getTime() ? now : at
}

/** When publication deliveries go: when the release becomes public; null while it is a draft. */
export const publicationTime = (release: PressRelease, now: Date): Date | null => {
  const from = releaseVisibleFrom(release)
  return from === null ? null : new Date(Math.max(Date.parse(from), now.getTime()))
}

/** Why a release cannot be sent ahead of its embargo at `now` (a code the admin words), or null when it can. */
export const preDeliveryRefusal = (release: PressRelease, now: Date): PreDeliveryRefusal | null => {
  if (isEmbargoOverAt(release, now)) return 'not-embargoed'
  if (!isShownState(release)) return 'publish-first'
  return null
}

/**
 * Sends a release to the journalists on `lists`: the one business rule behind the distribute
 * endpoint (and the admin panel). Editors and admins only; never with an unapproved quote; records
 * one delivery per journalist (queued or skipped, with why) and queues the sender.
 */
export const distributeRelease = async (
  payload: Payload,
  args: {
    release: number | string
    request: DistributeRequest
    user: TypedUser | null
    now?: Date
    /** The asking request, so a refusal naming quotes is in the asker's language. */
    req?: PayloadRequest
  },
): Promise<DistributeResult> => {
  const now = args.now ?? new Date()
  if (!args.user) throw refused('refuseSendLogIn', {}, 401)
  if (!canDistribute(args.user)) throw refused('refuseSendEditorsOnly', {}, 403)
  const mode = distributionModeOf(args.request.mode)
  if (args.request.at !== undefined && mode !== 'pre-delivery') {
    throw refused('refuseSendAtOnlyPre')
  }
  const release = await releaseToSend(payload, args.release)
  const lists = await readLists(payload, args.request.lists)
  // Worded by the one quote and alt-text rules, in the office's language, for sending.
  const officeReq = args.req ?? (await createLocalReq({ user: args.user }, payload))
  const problems = [
    ...(await unapprovedQuotes(officeReq, release.quotes)),
    ...(await imagesWithoutAlt(officeReq, release.media, releaseLocales(release.headline))),
  ]
  if (problems.length) {
    throw new UserError(
      problems.map(({ problem }) => say(officeReq.t, 'cannotSend', { problem })).join(' '),
    )
  }

  let sendsAt: Date | null
  if (mode === 'pre-delivery') {
    const refusal = preDeliveryRefusal(release, now)
    if (refusal) throw refused(preDeliveryWords[refusal])
    const embargo = new Date(release.embargoUntil as string)
    sendsAt = when(args.request.at, now)
    if (sendsAt >= embargo) throw refused('refuseSendAtAfterEmbargo')
  } else sendsAt = publicationTime(release, now)

  const available = releaseLocales(release.headline)
  const plan = planDeliveries(await resolveRecipients(payload, lists), mode, available)
  const kind = deliveryKindOf(mode)
  const already = await journalistsAlreadyDelivered(payload, release.id, kind)
  const result: DistributeResult = {
    mode,
    recipients: 0,
    skipped: 0,
    alreadyDelivered: 0,
    sendsAt: sendsAt?.toISOString() ?? null,
  }
  const linkExpiresAt = new Date(
    Math.max(now.getTime(), sendsAt?.getTime() ?? 0) + linkLifetimeMs(),
  ).toISOString()
  for (const entry of deliveryEntries(plan)) {
    if (already.has(String(entry.journalist.id))) {
      result.alreadyDelivered++
      continue
    }
    const created = await createDeliveryOnce(payload, {
      release: release.id,
      journalist: entry.journalist.id,
      kind,
      locale: entry.locale,
      status: entry.status,
      ...entry.reason,
      attempts: 0,
      sendAfter: entry.status === 'queued' ? (sendsAt?.toISOString() ?? null) : null,
      linkExpiresAt,
    })
    // Another distribution created it between our read and this write: the unique index won.
    if (!created) result.alreadyDelivered++
    else if (entry.status === 'queued') result.recipients++
    else result.skipped++
  }
  if (sendsAt && result.recipients) await queueMailRun(payload, sendsAt)
  if (result.recipients || result.skipped) {
    await recordAuditEvent(
      { payload, user: args.user },
      {
        action: 'distribution-sent',
        doc: {
          collection: 'press-releases',
          id: release.id,
          title: titleOf('press-releases', release),
        },
        detail: `${mode}: ${result.recipients} queued, ${result.skipped} skipped, lists ${lists.map((l) => l.id).join(', ')}, sends at ${result.sendsAt ?? 'publication'}`,
      },
    )
  }
  return result
}

/**
 * When a release becomes public (published by hand or by schedule; the embargo lift is a time),
 * its waiting publication deliveries get their sending time and the sender is queued for it.
 */
export const scheduleOnPublication = async (
  payload: Payload,
  release: PressRelease,
  now = new Date(),
  req?: PayloadRequest,
) => {
  const at = publicationTime(release, now)
  if (!at) return
  const { docs } = await payload.find({
    collection: 'deliveries',
    where: {
      and: [
        { release: { equals: release.id } },
        { kind: { equals: 'publication' } },
        { status: { equals: 'queued' } },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { sendAfter: true },
    req,
  })
  const iso = at.toISOString()
  const changed = docs.filter((d) => d.sendAfter !== iso)
  if (!changed.length) return
  await payload.update({
    collection: 'deliveries',
    where: { id: { in: changed.map((d) => d.id) } },
    data: { sendAfter: iso },
    overrideAccess: true,
    depth: 0,
    req,
  })
  await queueMailRun(payload, at, req)
}
