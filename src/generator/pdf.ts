import type { CDPSession, Page } from 'puppeteer'

import type { Locale } from '../lib/locales'
import type { BrowserPool } from './browser'

import { renderContinuedHtml } from './handlebars'
import { printStylesheets } from './assets'
import { labelsFor } from './labels'
import { templatesGeneration } from './templateCache'
import { finishPdf, type PdfMeta } from './pdfFinish'

// A4 with no margins of Chromium's own (the stylesheet's @page rules set them), printed
// backgrounds, a tagged PDF with an outline.
const printOptions = {
  paperWidth: 8.27,
  paperHeight: 11.7,
  marginTop: 0,
  marginBottom: 0,
  marginLeft: 0,
  marginRight: 0,
  printBackground: true,
  preferCSSPageSize: true,
  generateTaggedPDF: true,
  generateDocumentOutline: true,
  transferMode: 'ReturnAsBase64',
} as const

const sessions = new WeakMap<Page, Promise<CDPSession>>()
const sessionOf = (page: Page): Promise<CDPSession> => {
  let session = sessions.get(page)
  if (!session) sessions.set(page, (session = page.createCDPSession()))
  return session
}

/**
 * HTML → PDF bytes on a pooled page (Chromium does layout, fonts and the tagged structure).
 * Printed with one DevTools call answering the bytes at once: puppeteer's page.pdf() asks for a
 * stream and reads it back in further round trips, a few milliseconds a document.
 */
export const printHtml = (pool: BrowserPool, html: string): Promise<Uint8Array> =>
  pool.run(async (page: Page) => {
    await page.setContent(html, { waitUntil: 'load', timeout: pool.timeoutMs })
    // Fonts may still be loading after the load event (as page.pdf() waits for too).
    await page.evaluate(() => document.fonts.ready.then(() => true))
    const { data } = await (await sessionOf(page)).send('Page.printToPDF', printOptions)
    return new Uint8Array(Buffer.from(data, 'base64'))
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
