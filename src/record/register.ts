import type { Payload } from 'payload'

import type { Locale } from '../lib/locales'
import type { ReleaseEventKind } from './kinds'

import { publicRecordWhere, releasePublicSince, visibilitySelect } from '../access/visibility'
import { releaseLocales } from '../lib/locales'
import { releaseEventsCollection } from './events'

export const REGISTER_PAGE_SIZE = 50

/** One line of the register: what happened to which release, when, and the public note. */
export type RegisterEntry = {
  id: number | string
  at: string
  kind: ReleaseEventKind
  /** The release's headline in the register's language, or its first written one. */
  headline: string
  headlineLocale: Locale
  slug: string
  /** None for a minor change: the register says only that one happened. */
  note: string | null
}

export type RegisterPage = {
  entries: RegisterEntry[]
  page: number
  totalPages: number
  totalDocs: number
}

type Localized = Partial<Record<Locale, string | null>> | null | undefined

const inLanguage = (values: Localized, locale: Locale): string | null => {
  const text = values?.[locale]?.trim()
  if (text) return text
  const first = releaseLocales(values)[0]
  return first ? (values?.[first]?.trim() ?? null) : null
}

/**
 * One page of the register of changes at `now`, newest first: the events of the releases whose
 * record is public (the visibility rule decides), none dated after `now`. A publication is dated
 * when the release became public (releasePublicSince), whatever its entry says.
 */
export const registerPage = async (
  payload: Payload,
  locale: Locale,
  page: number,
  now: Date,
): Promise<RegisterPage> => {
  const { docs: shown } = await payload.find({
    collection: 'press-releases',
    where: publicRecordWhere(now),
    depth: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
  })
  if (!shown.length) return { entries: [], page: 1, totalPages: 0, totalDocs: 0 }
  const events = await payload.find({
    collection: releaseEventsCollection,
    where: {
      and: [
        { release: { in: shown.map((r) => r.id) } },
        { at: { less_than_equal: now.toISOString() } },
      ],
    },
    sort: ['-at', '-id'],
    limit: REGISTER_PAGE_SIZE,
    page,
    depth: 0,
    locale: 'all',
    overrideAccess: true,
  })
  const releaseIds = [...new Set(events.docs.map((e) => e.release as number))]
  const { docs: releases } = await payload.find({
    collection: 'press-releases',
    where: { and: [{ id: { in: releaseIds } }, publicRecordWhere(now)] },
    depth: 0,
    pagination: false,
    locale: 'all',
    select: { ...visibilitySelect, headline: true, slug: true },
    overrideAccess: true,
  })
  const byId = new Map(releases.map((r) => [String(r.id), r]))
  const entries = events.docs.flatMap((event): RegisterEntry[] => {
    const release = byId.get(String(event.release))
    const headlines = release?.headline as unknown as Localized
    const headline = inLanguage(headlines, locale)
    if (!release || !headline) return []
    const at = (event.kind === 'published' && releasePublicSince(release)) || event.at
    return [
      {
        id: event.id,
        at,
        kind: event.kind,
        headline,
        headlineLocale: headlines?.[locale]?.trim() ? locale : releaseLocales(headlines)[0],
        slug: release.slug ?? String(release.id),
        note:
          event.kind === 'minor' ? null : inLanguage(event.note as unknown as Localized, locale),
      },
    ]
  })
  return {
    entries,
    page: events.page ?? page,
    totalPages: events.totalPages,
    totalDocs: events.totalDocs,
  }
}
