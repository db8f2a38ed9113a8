import type { Payload } from 'payload'

import { refused } from '../lib/errors'
import { defaultLocale, isLocale, type Locale, locales } from '../lib/locales'
import { inOneTransaction } from '../payload-patches/oneTransaction'
import { readOfficeTimezone } from '../lib/settings'
import type { ConvertedRelease } from './convert'
import { convertInWorker } from './convertInWorker'
import { dateOfNamedDay, officeToday } from './namedDate'
import { type ImportedQuote, saveQuotes } from './quotes'
import { readSource } from './source'

export type ImportOptions = {
  /** The language the file is written in (default pl). */
  locale?: string
  /** Use this headline; the file's first paragraph is then not taken as one. */
  headline?: string
  /** The moment the import happens at (its "today" and current year); now by default. */
  now?: Date
}

export type PreparedImport = {
  file: string
  locale: Locale
  release: ConvertedRelease
  now?: Date
}

/** Where the release's date came from: its dateline, a day the text names, or the import's day. */
export type DateSource = 'dateline' | 'text' | 'today'

export type ImportResult = {
  id: number
  slug: string
  headline: string
  locale: Locale
  /** The headline is the first sentence, shortened, and marked for review in the admin. */
  provisionalHeadline: boolean
  /** The release's date (YYYY-MM-DD) and where it came from. */
  date: string
  dateSource: DateSource
  /** Paragraphs taken as quotes, pending approval, each with its speaker. */
  quotes: ImportedQuote[]
}

export const checkLocale = (locale: string | undefined): Locale => {
  if (locale === undefined) return defaultLocale
  if (!isLocale(locale)) {
    throw refused('refuseImportLocale', { locale, locales: locales.join(', ') }, 400, 2)
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
    throw refused('refuseImportHeadlineEmpty', {}, 400, 2)
  }
  const source = await readSource(file)
  const release = await convertInWorker({ ...source, file, headline: options.headline })
  return { file, locale, release, now: options.now }
}

/** The release's date: the dateline's, else the day the text names, else today (office clock). */
const releaseDate = (release: ConvertedRelease, now: Date, timeZone: string) => {
  if (release.date) return { date: new Date(release.date), dateSource: 'dateline' as const }
  const named = release.namedDay && dateOfNamedDay(release.namedDay, now, timeZone)
  if (named) return { date: named, dateSource: 'text' as const }
  return { date: officeToday(now, timeZone), dateSource: 'today' as const }
}

/**
 * Saves a prepared import as a new draft release in its locale, with the quotes found in it (their
 * speakers matched to people by name, or new people): all of it or nothing. Nothing is converted here.
 */
export const createImportedDraft = async (
  payload: Payload,
  prepared: PreparedImport,
): Promise<ImportResult> => {
  const { release, locale } = prepared
  const { date, dateSource } = releaseDate(
    release,
    prepared.now ?? new Date(),
    await readOfficeTimezone(payload),
  )
  return inOneTransaction(payload, null, async (req) => {
    const quotes = await saveQuotes(payload, req, release.quotes, locale)
    const doc = await payload.create({
      collection: 'press-releases',
      req,
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
        ...(release.provisionalHeadline ? { provisionalHeadline: release.headline } : {}),
        subheadline: release.subheadline,
        lead: release.lead,
        body: release.body,
        // `place` is not localized: a dateline in another language would rename it for all.
        ...(release.place && locale === defaultLocale ? { place: release.place } : {}),
        date: date.toISOString(),
        ...(quotes.length ? { quotes: quotes.map((q) => q.id) } : {}),
      },
    })
    return {
      id: doc.id,
      slug: doc.slug ?? '',
      headline: release.headline,
      locale,
      provisionalHeadline: Boolean(release.provisionalHeadline),
      date: date.toISOString().slice(0, 10),
      dateSource,
      quotes,
    }
  })
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
