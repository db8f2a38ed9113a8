import type { Payload } from 'payload'

import { UserError } from '../lib/errors'
import { htmlToLexical, paragraphsToLexical, type RichText } from '../lib/lexical'
import { defaultLocale, isLocale, type Locale, locales } from '../lib/locales'
import { htmlBlocks } from './docx'
import { checkParagraphs } from './limits'
import { type ReleaseParts, splitRelease } from './parse'
import { readSource, type Source } from './source'
import { parseText } from './text'

export type ImportOptions = {
  /** The language the file is written in (default pl). */
  locale?: string
  /** Use this headline; the file's first paragraph is then not taken as one. */
  headline?: string
}

export type PreparedImport = { file: string; locale: Locale; source: Source; parts: ReleaseParts }

export type ImportResult = { id: number; slug: string; headline: string; locale: Locale }

export const checkLocale = (locale: string | undefined): Locale => {
  if (locale === undefined) return defaultLocale
  if (!isLocale(locale)) {
    throw new UserError(`Unknown locale "${locale}": use one of ${locales.join(', ')}.`, 2)
  }
  return locale
}

/**
 * Reads and parses a release file without touching the database, so every user error (bad
 * locale, missing, empty or unreadable file, no headline) surfaces before anything is written.
 */
export const prepareImport = async (file: string, options: ImportOptions = {}): Promise<PreparedImport> => {
  const locale = checkLocale(options.locale)
  if (options.headline !== undefined && options.headline.trim() === '') {
    throw new UserError('--headline is empty: give the headline text, or leave the option out.', 2)
  }
  const source = await readSource(file)
  const split = { headline: options.headline, file }
  const parts =
    source.format === 'text' ? parseText(source.text, split) : splitRelease(htmlBlocks(source.html), split)
  checkParagraphs(parts.body.length, file)
  return { file, locale, source, parts }
}

const bodyOf = async (prepared: PreparedImport, payload: Payload): Promise<RichText> => {
  const { source, parts } = prepared
  if (source.format === 'text') return paragraphsToLexical(parts.body.map((b) => b.text))
  return htmlToLexical(parts.body.map((b) => b.html ?? '').join(''), payload.config)
}

/** Saves a prepared import as a new draft release in its locale. */
export const createImportedDraft = async (
  payload: Payload,
  prepared: PreparedImport,
): Promise<ImportResult> => {
  const { parts, locale } = prepared
  const doc = await payload.create({
    collection: 'press-releases',
    locale,
    draft: true,
    overrideAccess: true,
    depth: 0,
    data: {
      _status: 'draft',
      headline: parts.headline,
      subheadline: parts.subheadline,
      lead: parts.lead,
      body: await bodyOf(prepared, payload),
      // `place` is not localized: a dateline in another language would rename it for all.
      ...(parts.place && locale === defaultLocale ? { place: parts.place } : {}),
      ...(parts.date ? { date: parts.date.toISOString() } : {}),
    },
  })
  return { id: doc.id, slug: doc.slug ?? '', headline: parts.headline, locale }
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
