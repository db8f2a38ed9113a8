import type { Payload } from 'payload'

import type { Journalist } from '../payload-types'

import { idsOf } from '../access/publicReleaseIds'
import { refused } from '../lib/errors'
import { deliveryJson } from './deliveryJson'
import { linkUsesBy } from './linkUses'

const findJournalist = async (payload: Payload, id: string | number): Promise<Journalist> => {
  const journalist = await payload
    .findByID({ collection: 'journalists', id, depth: 0, overrideAccess: true })
    .catch(() => null)
  if (!journalist) throw refused('refuseNoJournalist', { id }, 404)
  return journalist
}

const deliveriesOf = (payload: Payload, id: Journalist['id']) =>
  payload.find({
    collection: 'deliveries',
    where: { journalist: { equals: id } },
    pagination: false,
    depth: 0,
    sort: 'id',
    overrideAccess: true,
  })

const listsWith = (payload: Payload, id: Journalist['id']) =>
  payload.find({
    collection: 'mailing-lists',
    where: { members: { in: [id] } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })

/**
 * Everything Pressroom holds about one journalist (the right of access): the record with its
 * consent history, the lists naming them, and every delivery with its link uses.
 */
export const exportJournalist = async (payload: Payload, id: string | number, now = new Date()) => {
  const journalist = await findJournalist(payload, id)
  const [deliveries, lists] = await Promise.all([
    deliveriesOf(payload, journalist.id),
    listsWith(payload, journalist.id),
  ])
  const releaseIds = [...new Set(deliveries.docs.map((d) => idsOf([d.release])[0]))]
  const { docs: releases } = releaseIds.length
    ? await payload.find({
        collection: 'press-releases',
        where: { id: { in: releaseIds } },
        pagination: false,
        depth: 0,
        overrideAccess: true,
        draft: true,
        select: { headline: true },
      })
    : { docs: [] }
  const headline = new Map(releases.map((r) => [String(r.id), r.headline]))
  const uses = await linkUsesBy(payload, {
    delivery: { in: deliveries.docs.map((d) => d.id) },
  })
  // The row's token key is the server's, not something held about the person.
  const { tokenKey: _tokenKey, ...record } = journalist
  return {
    exportedAt: now.toISOString(),
    journalist: record,
    mailingLists: lists.docs.map((l) => ({ id: l.id, name: l.name })),
    deliveries: deliveries.docs.map((d) => {
      const release = idsOf([d.release])[0]
      return {
        ...deliveryJson(d, uses.get(String(d.id)) ?? []),
        release: { id: release, headline: headline.get(String(release)) ?? null },
      }
    }),
  }
}

/** What an erased journalist's record keeps: no name, no address, no outlet, never mailed. */
export const erasedEmail = (id: Journalist['id']) => `erased-${id}@erased.invalid`

/**
 * Erases a journalist (the right to erasure): the personal fields go, the record stays as an
 * anonymous row so the release's delivery counts (sent, failed, opened) still add up. The
 * address is also taken out of delivery reasons (an SMTP refusal often quotes it), and the
 * journalist out of every mailing list.
 */
export const eraseJournalist = async (payload: Payload, id: string | number) => {
  const journalist = await findJournalist(payload, id)
  const deliveries = await deliveriesOf(payload, journalist.id)
  const address = journalist.email.toLowerCase()
  const pattern = new RegExp(address.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi')
  const scrub = (text: string | null | undefined) => text?.replace(pattern, '[erased]') ?? null
  for (const d of deliveries.docs) {
    const data = { reason: scrub(d.reason), reasonDetail: scrub(d.reasonDetail) }
    const same =
      data.reason === (d.reason ?? null) && data.reasonDetail === (d.reasonDetail ?? null)
    if (same) continue
    await payload.update({
      collection: 'deliveries',
      id: d.id,
      data,
      overrideAccess: true,
      depth: 0,
    })
  }
  const lists = await listsWith(payload, journalist.id)
  for (const list of lists.docs) {
    await payload.update({
      collection: 'mailing-lists',
      id: list.id,
      data: {
        members: idsOf(list.members).filter((m) => String(m) !== String(journalist.id)) as number[],
      },
      overrideAccess: true,
      depth: 0,
    })
  }
  await payload.update({
    collection: 'journalists',
    id: journalist.id,
    data: {
      name: '—',
      email: erasedEmail(journalist.id),
      outlet: null,
      languages: [],
      topics: [],
      embargoTrusted: false,
      consent: 'unsubscribed',
      confirmedAt: null,
      confirmedBy: null,
      unsubscribedAt: null,
    },
    overrideAccess: true,
    depth: 0,
    // Consent stamps are set by a hook on change; an erased record keeps no dates about a person.
    context: { erasing: true },
  })
  return { id: journalist.id, deliveriesKept: deliveries.totalDocs, listsLeft: lists.docs.length }
}
