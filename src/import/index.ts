import type { Payload } from 'payload'

import { UserError } from '../lib/errors'
import { defaultLocale, isLocale, type Locale, locales } from '../lib/locales'
import type { ConvertedRelease } from './convert'
import { convertInWorker } from './convertInWorker'
import { readSource } from './source'

export type ImportOptions = {
  /** The language the file is written in (default pl). */
  locale?: string
  /** Use this headline; the file's first paragraph is then not taken as one. */
  headline?: string
}

export type PreparedImport = { file: string; locale: Locale; release: ConvertedRelease }

export type ImportResult = { id: number; slug: string; headline: string; locale: Locale }

export const checkLocale = (locale: string | undefined): Locale => {
  if (locale === undefined) return defaultLocale
  if (!isLocale(locale)) {
    throw new UserError(`Unknown locale "${locale}": use one of ${locales.join(', ')}.`, 2)
  }
  return locale
}

/**
 * Reads and converts a release file without touching the database, so every user error (bad
 * locale, missing, empty, unreadable or too large file, no headline) surfaces before anything is
 * written. The conversion runs in a worker thread.
 */
export const prepareImport = async (
  file: string,
  options: ImportOptions = {},
): Promise<PreparedImport> => {
  const locale = checkLocale(options.locale)
  if (options.headline !== undefined && options.headline.trim() === '') {
    throw new UserError('--headline is empty: give the headline text, or leave the option out.', 2)
  }
  const source = await readSource(file)
  const release = await convertInWorker({ ...source, file, headline: options.headline })
  return { file, locale, release }
}

/** Saves a prepared import as a new draft release in its locale; nothing is converted here. */
export const createImportedDraft = async (
  payload: Payload,
  prepared: PreparedImport,
): Promise<ImportResult> => {
  const { release, locale } = prepared
  const doc = await payload.create({
    collection: 'press-releases',
    locale,
    draft: true,
    overrideAccess: true,
    depth: 0,
    // Not read back whole: the body is the largest thing a save handles.
    select: { slug: true },
    // The search text was made in the worker from these very fields (maintainSearchText).
    context: { searchText: release.searchText },
    data: {
      _status: 'draft',
      headline: release.headline,
      subheadline: release.subheadline,
      lead: release.lead,
      body: release.body,
      // `place` is not localized: a dateline in another language would rename it for all.
      ...(release.place && locale === defaultLocale ? { place: release.place } : {}),
      ...(release.date ? { date: release.date.toISOString() } : {}),
    },
  })
  return { id: doc.id, slug: doc.slug ?? '', headline: release.headline, locale }
}

/**
 * Imports a .txt or .docx press release as a draft: the one entry point the CLI and the admin
 * use. Throws UserError for anything the user can fix; writes nothing in that case.
 */
export const importRelease = async (
  payload: Payload,
  file: string,
  options: ImportOptions = {},
): Promise<ImportResult> => createImportedDraft(payload, await prepareImport(file, options))
