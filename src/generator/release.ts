import type { Payload, PayloadRequest } from 'payload'

import type { Locale } from '../lib/locales'
import type { PressOffice, PressRelease } from '../payload-types'
import type { BrowserPool } from './browser'
import type { ReleaseView } from './view'

import { lastMajorChange } from '../record/lastModified'
import { copyForPrint } from '../storage/printCopies'
import { type Assets, printAssets, webAssets } from './assets'
import { renderReleaseHtml } from './handlebars'
import { loadOffice, loadRelease, mediaDir } from './loadRelease'
import { contentTypes, fileName, type Format, type OutputFile } from './outputs'
import { releasePdf } from './pdf'
import { buildReleaseView } from './releaseView'
import { releaseText } from './text'

export type ReleaseFormat = Exclude<Format, 'zip'>
export const releaseFormats: ReleaseFormat[] = ['pdf', 'html', 'txt']

export type LoadedRelease = {
  release: PressRelease
  office: PressOffice
  locale: Locale
  draft: boolean
  mediaDir: string
  /** A personal copy's stamp: such a copy is rendered for one reader and never stored. */
  preparedFor?: string
  /** The newest major change, for the record (src/record/lastModified.ts). */
  lastModified?: string | null
}

export const viewFor = (loaded: LoadedRelease, assets: Assets): ReleaseView =>
  buildReleaseView(loaded.release, {
    locale: loaded.locale,
    office: loaded.office,
    assets,
    draft: loaded.draft || loaded.release._status !== 'published',
    preparedFor: loaded.preparedFor,
    lastModified: loaded.lastModified,
  })

export const metaOf = (view: ReleaseView) => ({
  title: view.title,
  author: view.author,
  subject: view.subject,
  keywords: view.keywords,
  lang: view.lang,
  locale: view.locale,
})

/** The print HTML: what Chromium turns into the PDF (our files from disk, by file: URL). */
export const releasePrintHtml = (loaded: LoadedRelease): { view: ReleaseView; html: string } => {
  // The easy-to-read text is in the HTML and TXT documents and on the page, not in the PDF: the
  // PDF's page furniture ("– więcej –" under every page the release continues from, "###" kept
  // with the last paragraph) is laid out for the release text alone.
  const view = { ...viewFor(loaded, printAssets(loaded.mediaDir)), easyRead: [] }
  return { view, html: renderReleaseHtml(view) }
}

/** One release in one format, from an already loaded document. */
export const renderLoadedRelease = async (
  loaded: LoadedRelease,
  format: ReleaseFormat,
  pool: BrowserPool,
  assets: Assets = webAssets(),
): Promise<OutputFile> => {
  const slug = loaded.release.slug ?? String(loaded.release.id)
  const name = fileName(slug, loaded.locale, format)
  if (format === 'html') {
    return {
      name,
      contentType: contentTypes.html,
      data: renderReleaseHtml(viewFor(loaded, assets)),
    }
  }
  if (format === 'txt') {
    return { name, contentType: contentTypes.txt, data: releaseText(viewFor(loaded, assets)) }
  }
  pool.allow(loaded.mediaDir)
  const { view, html } = releasePrintHtml(loaded)
  return { name, contentType: contentTypes.pdf, data: await releasePdf(pool, html, metaOf(view)) }
}

export type ReleaseExportOptions = {
  locale: Locale
  draft?: boolean
  req?: PayloadRequest
  overrideAccess?: boolean
}

export const loadForExport = async (
  payload: Payload,
  ref: string | number,
  options: ReleaseExportOptions,
): Promise<LoadedRelease> => {
  const [release, office] = await Promise.all([
    loadRelease(payload, ref, options),
    loadOffice(payload, options.locale),
  ])
  const dir = mediaDir(payload)
  const [lastModified] = await Promise.all([
    lastMajorChange(payload, release.id, new Date()),
    copyForPrint(payload, dir, [...(release.media ?? []), office.logo]),
  ])
  return {
    release,
    office,
    locale: options.locale,
    draft: Boolean(options.draft),
    mediaDir: dir,
    lastModified,
  }
}

/** A release in the asked formats: Payload → view model → Handlebars → HTML → Chromium → PDF. */
export const exportRelease = async (
  payload: Payload,
  ref: string | number,
  formats: ReleaseFormat[],
  options: ReleaseExportOptions & { pool: BrowserPool },
): Promise<OutputFile[]> => {
  const loaded = await loadForExport(payload, ref, options)
  return Promise.all(formats.map((format) => renderLoadedRelease(loaded, format, options.pool)))
}
