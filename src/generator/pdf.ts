import type { Page, PDFOptions } from 'puppeteer'

import type { Locale } from '../lib/locales'
import type { BrowserPool } from './browser'

import { fileUrl, templatePath } from './paths'
import { renderContinuedHtml } from './handlebars'
import { labelsFor } from './labels'
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

const continuedCache = new WeakMap<BrowserPool, Map<Locale, Promise<Uint8Array>>>()

/** The "– więcej –" overlay for a locale, printed once per pool. */
export const continuedOverlay = (pool: BrowserPool, locale: Locale): Promise<Uint8Array> => {
  let byLocale = continuedCache.get(pool)
  if (!byLocale) continuedCache.set(pool, (byLocale = new Map()))
  let overlay = byLocale.get(locale)
  if (!overlay) {
    const html = renderContinuedHtml({
      lang: locale,
      more: labelsFor(locale).more,
      stylesheets: [fileUrl(templatePath('styles/fonts.css')), fileUrl(templatePath('styles/print.css'))],
    })
    overlay = printHtml(pool, html)
    overlay.catch(() => byLocale.delete(locale))
    byLocale.set(locale, overlay)
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
