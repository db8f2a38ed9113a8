import type { Page, PDFOptions } from 'puppeteer'

import type { Locale } from '../lib/locales'
import type { BrowserPool } from './browser'

import { renderContinuedHtml } from './handlebars'
import { printStylesheets } from './assets'
import { labelsFor } from './labels'
import { templatesGeneration } from './templateCache'
import { finishPdf, type PdfMeta } from './pdfFinish'

const pdfOptions: PDFOptions = {
  format: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  tagged: true,
  outline: true,
}

/** HTML → PDF bytes on a pooled page (Chromium does layout, fonts and the tagged structure). */
export const printHtml = (pool: BrowserPool, html: string): Promise<Uint8Array> =>
  pool.run(async (page: Page) => {
    await page.setContent(html, { waitUntil: 'load', timeout: pool.timeoutMs })
    return page.pdf({ ...pdfOptions, timeout: pool.timeoutMs })
  })

const continuedCache = new WeakMap<BrowserPool, Map<string, Promise<Uint8Array>>>()

/** The "– więcej –" overlay for a locale, printed once per pool. */
export const continuedOverlay = (pool: BrowserPool, locale: Locale): Promise<Uint8Array> => {
  let byLocale = continuedCache.get(pool)
  if (!byLocale) continuedCache.set(pool, (byLocale = new Map()))
  const key = `${locale}|${templatesGeneration()}`
  let overlay = byLocale.get(key)
  if (!overlay) {
    const html = renderContinuedHtml({
      lang: locale,
      more: labelsFor(locale).more,
      stylesheets: printStylesheets(),
    })
    overlay = printHtml(pool, html)
    overlay.catch(() => byLocale.delete(key))
    byLocale.set(key, overlay)
  }
  return overlay
}

/** A release: printed, with metadata, and "– więcej –" on every page but the last. */
export const releasePdf = async (
  pool: BrowserPool,
  html: string,
  meta: PdfMeta & { locale: Locale },
): Promise<Uint8Array> => {
  const [bytes, overlay] = await Promise.all([printHtml(pool, html), continuedOverlay(pool, meta.locale)])
  return finishPdf(bytes, meta, overlay)
}

/** A document without the continuation line (press packs). */
export const plainPdf = async (pool: BrowserPool, html: string, meta: PdfMeta): Promise<Uint8Array> =>
  finishPdf(await printHtml(pool, html), meta)
