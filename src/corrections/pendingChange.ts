import type { PayloadRequest } from 'payload'

import { isReleasePublicAt, type VisibilityFields } from '../access/visibility'
import { nowOf } from '../lib/clock'
import { type Locale, locales, releaseLocales } from '../lib/locales'
import { same } from '../review/contentChanged'
import {
  type ChangeKind,
  correctableFields,
  isChangeKind,
  localizedCorrectable,
  type PublishedNote,
} from './kinds'

type Stored = Record<string, unknown>

/** What a publishing save of a published release changes, and what it says about it. */
export type PendingChange = {
  /** The languages the release is published in after this save. */
  languages: Locale[]
  kind: ChangeKind | null
  /** The note per language, trimmed; missing or blank languages are absent. */
  notes: Partial<Record<Locale, string>>
  /** The notes already public (the published copy's `changeNotes`). */
  published: PublishedNote[]
}

const byLocale = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}

/**
 * A localized field as this save leaves it, language by language: the request's language from the
 * saved data, the others from the newest version (a draft may have changed them before).
 */
const localizedAfter = (
  field: string,
  req: PayloadRequest,
  data: Stored,
  newest: Stored,
): Record<string, unknown> => {
  const values = { ...byLocale(newest[field]) }
  if (field in data && req.locale && req.locale !== 'all') values[req.locale] = data[field]
  return values
}

const changedAgainst = (req: PayloadRequest, data: Stored, newest: Stored, live: Stored) =>
  correctableFields.some((field) => {
    if (!localizedCorrectable.has(field)) {
      const after = field in data ? data[field] : newest[field]
      return !same(after, live[field])
    }
    const after = localizedAfter(field, req, data, newest)
    const before = byLocale(live[field])
    return locales.some((l) => !same(after[l], before[l]))
  })

/**
 * A Local API read in every language. The Local API writes the asked locale onto the request it
 * is given, so the save's own locale is put back after the read.
 */
const readingAllLocales = async <T>(req: PayloadRequest, read: () => Promise<T>): Promise<T> => {
  const { locale, fallbackLocale } = req
  try {
    return await read()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}

/**
 * The release in every language: its public copy (Payload keeps it in the collection's table,
 * drafts only in its versions) or its newest version.
 */
const readAllLocales = async (req: PayloadRequest, id: number | string, draft: boolean) => {
  if (!draft) {
    return (await req.payload.db.findOne({
      collection: 'press-releases',
      where: { id: { equals: id } },
      locale: 'all',
      req,
    })) as Stored | null
  }
  return readingAllLocales(
    req,
    async () =>
      (await req.payload.findByID({
        collection: 'press-releases',
        id,
        draft: true,
        locale: 'all',
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        req,
      })) as Stored | null,
  )
}

/** One version of a release in every language (its content, as a publication would make it). */
const readVersionAllLocales = (req: PayloadRequest, version: number | string) =>
  readingAllLocales(req, async () => {
    const found = await req.payload
      .findVersionByID({
        collection: 'press-releases',
        id: String(version),
        locale: 'all',
        depth: 0,
        overrideAccess: true,
        req,
      })
      .catch(() => null)
    return (found?.version as Stored | undefined) ?? null
  })

/**
 * For a save that publishes release `id`: null when the public copy is not public or this save
 * does not change its content; else the languages it is published in, and the kind and notes the
 * save carries (the notes of languages not in this request come from the newest version, where a
 * draft, or a save in another language, put them).
 */
export const pendingChange = async (
  req: PayloadRequest,
  id: number | string,
  data: Stored,
): Promise<PendingChange | null> => {
  const live = await readAllLocales(req, id, false)
  // Before it is public (its embargo not lifted) nobody has read it: the change needs no record.
  if (!live || !isReleasePublicAt(live as VisibilityFields, nowOf(req))) return null
  const newest = (await readAllLocales(req, id, true)) ?? live
  return changeOver(req, data, newest, live)
}

/**
 * For a publication of release `id` scheduled to publish `version` as it is (the job saves
 * nothing else): what pendingChange will find when the job runs, judged now.
 */
export const scheduledChange = async (
  req: PayloadRequest,
  id: number | string,
  version: number | string,
): Promise<PendingChange | null> => {
  const live = await readAllLocales(req, id, false)
  if (!live || !isReleasePublicAt(live as VisibilityFields, nowOf(req))) return null
  const scheduled = await readVersionAllLocales(req, version)
  return scheduled ? changeOver(req, {}, scheduled, live) : null
}

/** What `data` saved over `newest` changes in the public copy `live`, and what it says of it. */
const changeOver = (
  req: PayloadRequest,
  data: Stored,
  newest: Stored,
  live: Stored,
): PendingChange | null => {
  // A change that puts it back under an embargo takes it out of public view: no public record.
  const embargoAfter = 'embargoUntil' in data ? data.embargoUntil : newest.embargoUntil
  const after = { _status: 'published', embargoUntil: embargoAfter as string | null }
  if (!isReleasePublicAt(after, nowOf(req))) return null
  if (!changedAgainst(req, data, newest, live)) return null
  const languages = releaseLocales(localizedAfter('headline', req, data, newest))
  const kindSaved = 'changeKind' in data ? data.changeKind : newest.changeKind
  const notesSaved = localizedAfter('changeNote', req, data, newest)
  const notes: Partial<Record<Locale, string>> = {}
  for (const l of locales) {
    const note = notesSaved[l]
    if (typeof note === 'string' && note.trim()) notes[l] = note.trim()
  }
  const published = Array.isArray(live.changeNotes) ? (live.changeNotes as PublishedNote[]) : []
  return { languages, kind: isChangeKind(kindSaved) ? kindSaved : null, notes, published }
}
