import type { Payload, PayloadRequest, Where } from 'payload'

import type { Locale } from '../lib/locales'
import type { PressOffice, PressRelease } from '../payload-types'

import { refused } from '../lib/errors'
import { askedLocale, isLocale, locales } from '../lib/locales'
import { publicCached } from '../newsroom/publicCache'

export type LoadOptions = {
  locale: Locale
  /** The latest draft instead of the published version. */
  draft?: boolean
  /** The reader's request: its user's access rules apply unless `overrideAccess`. */
  req?: PayloadRequest
  overrideAccess?: boolean
}

export const checkLocale = (value: unknown): Locale => {
  const locale = askedLocale(value)
  if (!isLocale(locale)) {
    throw refused(
      'refuseUnknownLocale',
      { value: String(value), locales: locales.join(', ') },
      400,
      2,
    )
  }
  return locale
}

/** A reference typed by a person: a slug, or a database id. */
export const refWhere = (ref: string | number): Where => {
  const text = String(ref).trim()
  // Slugs are never all digits (src/fields/slug.ts): digits are an id, anything else a slug, so
  // no draft can take over another document's address by its slug.
  if (/^\d+$/.test(text)) return { id: { equals: Number(text) } }
  if (/^[a-f0-9]{24}$/i.test(text))
    return { or: [{ id: { equals: text } }, { slug: { equals: text } }] }
  return { slug: { equals: text } }
}

/**
 * One release at the depth the documents need (quotes with speakers, media, boilerplates,
 * contacts), in one locale with no fallback to another language, published unless `draft`.
 */
export const loadRelease = async (
  payload: Payload,
  ref: string | number,
  options: LoadOptions,
): Promise<PressRelease> => {
  const { locale, draft = false, req, overrideAccess = false } = options
  const where: Where = draft
    ? refWhere(ref)
    : { and: [refWhere(ref), { _status: { equals: 'published' } }] }
  const { docs } = await payload.find({
    collection: 'press-releases',
    where,
    draft,
    depth: 2,
    limit: 1,
    // One document by id or slug: no count of the matches (a second query) is wanted.
    pagination: false,
    locale,
    fallbackLocale: false,
    // Staff-only fields for the admin, read from the job queue and other versions: no document
    // shows them, and for a signed-in reader they cost more database reads than the release.
    select: { scheduledPublication: false, publicationStatus: false },
    overrideAccess,
    req,
    user: req?.user ?? undefined,
  })
  const release = docs[0]
  if (!release) {
    if (!draft && overrideAccess) {
      const { totalDocs } = await payload.count({
        collection: 'press-releases',
        where: refWhere(ref),
        overrideAccess: true,
      })
      if (totalDocs) throw refused('refuseReleaseNotPublished', { ref }, 404)
    }
    throw refused('refuseNoReleaseRef', { ref }, 404)
  }
  if (!release.headline) {
    throw refused('refuseReleaseNoLocale', { ref: release.slug ?? ref, locale }, 404)
  }
  return release
}

/** The office settings in one language, with the Polish letterhead (src/generator/letterheadLanguage.ts). */
export type OfficeSettings = PressOffice & { polishLetterhead?: string | null }

/**
 * The press-office settings, readable by anyone. Read without the caller's request: Payload
 * writes the locale fallback onto the request it is given, and the release is loaded with none.
 * Kept by the newsroom's cache while the content generation is unchanged (a save of the settings,
 * a file or a contact moves it on every instance), so a document asks the database for one row,
 * not the settings with their logo and default contact.
 */
export const loadOffice = (payload: Payload, locale: Locale): Promise<OfficeSettings> =>
  publicCached(payload, `document-office|${locale}`, new Date(), async () => {
    const office = await payload.findGlobal({
      slug: 'press-office',
      locale,
      depth: 1,
      overrideAccess: true,
    })
    if (locale === 'pl') return { ...office, polishLetterhead: office.letterhead }
    const polish = await payload.findGlobal({
      slug: 'press-office',
      locale: 'pl',
      depth: 0,
      select: { letterhead: true },
      overrideAccess: true,
    })
    return { ...office, polishLetterhead: polish.letterhead ?? null }
  })

/** Where Payload keeps uploaded files (Chromium may read images from there). */
export const mediaDir = (payload: Payload): string => {
  const upload = payload.collections.media.config.upload as { staticDir?: string }
  return upload.staticDir ?? ''
}
