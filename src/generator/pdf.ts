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
 * Whether every image has loaded (or failed), and then the fonts the layout asks for: what the
 * load event and fonts.ready cover after setContent (fonts load only when layout needs them).
 * Asked again until true: the page runs no script, so no load event can answer, and image.decode()
 * never settles on a page a full Chrome keeps hidden (every pooled tab but one).
 */
const documentReady = `[...document.images].every((image) => image.complete) &&
  document.documentElement.getBoundingClientRect() && document.fonts.ready.then(() => true)`

/**
 * Swaps `html` into a page that shows a document with the same stylesheets: the <html>
 * attributes, the head's other elements and the body. Chromium then neither reads the stylesheets
 * again nor sets up their 21 font faces; the PDF is byte for byte the one setContent gives.
 * Answers false (nothing changed) when the stylesheets or the rendering mode differ, true when
 * the document is ready to print (see documentReady), 'loading' while its images still load.
 */
const swapDocument = (html: string) => `(() => {
  const next = new DOMParser().parseFromString(${JSON.stringify(html)}, 'text/html')
  const isSheet = (node) => node.nodeName === 'LINK' && node.rel === 'stylesheet'
  const sheets = (doc) => [...doc.head.childNodes].filter(isSheet).map((link) => link.href).join(' ')
  if (!sheets(next) || sheets(next) !== sheets(document) || next.compatMode !== document.compatMode) return false
  const root = document.documentElement
  for (const { name } of [...root.attributes]) root.removeAttribute(name)
  for (const { name, value } of next.documentElement.attributes) root.setAttribute(name, value)
  for (const node of [...document.head.childNodes]) if (!isSheet(node)) node.remove()
  for (const node of [...next.head.childNodes]) if (!isSheet(node)) document.head.append(document.adoptNode(node))
  document.body.replaceWith(document.adoptNode(next.body))
  return (${documentReady}) || 'loading'
})()`

const evaluate = async (session: CDPSession, expression: string): Promise<unknown> => {
  const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
    expression,
    awaitPromise: true,
    returnByValue: true,
  })
  if (exceptionDetails)
    throw new Error(`Chromium: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`)
  return result.value
}

/**
 * HTML → PDF bytes on a pooled page (Chromium does layout, fonts and the tagged structure).
 * A page that printed a document with the same stylesheets gets the new one swapped in; a new
 * page gets it written whole. Printed with one DevTools call answering the bytes at once:
 * puppeteer's page.pdf() asks for a stream and reads it back in further round trips.
 */
export const printHtml = (
  pool: BrowserPool,
  html: string,
  { tagged = true }: { tagged?: boolean } = {},
): Promise<Uint8Array> =>
  pool.run(async (page: Page) => {
    const session = await sessionOf(page)
    const swapped = await evaluate(session, swapDocument(html))
    if (swapped === false) {
      await page.setContent(html, { waitUntil: 'load', timeout: pool.timeoutMs })
      // Fonts may still be loading after the load event (as page.pdf() waits for too).
      await page.evaluate(() => document.fonts.ready.then(() => true))
    } else if (swapped === 'loading') {
      // Local images load in a few milliseconds; the pool's timeout bounds a hung one.
      while (!(await evaluate(session, documentReady))) await new Promise((r) => setTimeout(r, 2))
    }
    const { data } = await session.send('Page.printToPDF', {
      ...printOptions,
      generateTaggedPDF: tagged,
    })
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
    // Untagged: it is drawn as an artifact, and tagged content inside an artifact is an error.
    overlay = printHtml(pool, html, { tagged: false })
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
  const [bytes, overlay] = await Promise.all([
    printHtml(pool, html),
    continuedOverlay(pool, meta.locale),
  ])
  return finishPdf(bytes, meta, overlay)
}
