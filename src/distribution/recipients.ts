import type { Payload, Where } from 'payload'

import type { Journalist, MailingList } from '../payload-types'

import { idsOf } from '../access/publicReleaseIds'
import { journalistLocale, type Locale } from '../lib/locales'
import { noReason, type StoredReason, storedReason } from './reasons'

/** The members of a list: its explicit members plus everyone its rule matches. */
export const listWhere = (list: MailingList): Where | null => {
  const or: Where[] = []
  const members = idsOf(list.members)
  if (members.length) or.push({ id: { in: members } })
  const topics = list.topics ?? []
  const languages = list.languages ?? []
  if (topics.length || languages.length) {
    const and: Where[] = []
    if (topics.length) and.push({ topics: { in: topics } })
    if (languages.length) and.push({ languages: { in: languages } })
    or.push({ and })
  }
  return or.length ? { or } : null
}

/**
 * Everyone on any of the lists, once per e-mail address, and only those who confirmed: a pending
 * or unsubscribed journalist is never sent to, whatever list they are on.
 */
export const resolveRecipients = async (
  payload: Payload,
  lists: MailingList[],
): Promise<Journalist[]> => {
  const or = lists.map(listWhere).filter((w): w is Where => w !== null)
  if (or.length === 0) return []
  const { docs } = await payload.find({
    collection: 'journalists',
    where: { and: [{ consent: { equals: 'confirmed' } }, { or }] },
    pagination: false,
    depth: 0,
    sort: 'id',
    overrideAccess: true,
  })
  const seen = new Set<string>()
  return docs.filter((j) => {
    const email = j.email.toLowerCase()
    if (seen.has(email)) return false
    seen.add(email)
    return true
  })
}

export type Plan = {
  send: { journalist: Journalist; locale: Locale }[]
  skip: { journalist: Journalist; locale: Locale; reason: StoredReason }[]
}

/**
 * Who gets the release and who is skipped, and why. Pre-delivery goes only to journalists trusted
 * with embargoed material; nobody gets a language the release is not written in.
 */
export const planDeliveries = (
  recipients: Journalist[],
  mode: 'at-publication' | 'pre-delivery',
  available: Locale[],
): Plan => {
  const plan: Plan = { send: [], skip: [] }
  for (const journalist of recipients) {
    const locale = journalistLocale(journalist, available)
    if (!locale) {
      const reason = storedReason('no-language', {
        detail: (journalist.languages ?? []).join(', '),
      })
      plan.skip.push({ journalist, locale: available[0], reason })
    } else if (mode === 'pre-delivery' && !journalist.embargoTrusted) {
      plan.skip.push({
        journalist,
        locale,
        reason: storedReason('not-embargo-trusted'),
      })
    } else plan.send.push({ journalist, locale })
  }
  return plan
}

/** A plan as the deliveries it records: each recipient queued, each skipped one with its reason. */
export const deliveryEntries = (plan: Plan) => [
  ...plan.send.map((s) => ({ ...s, status: 'queued' as const, reason: noReason })),
  ...plan.skip.map((s) => ({ ...s, status: 'skipped' as const })),
]
