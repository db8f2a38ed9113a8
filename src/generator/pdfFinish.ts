import { beginMarkedContent, endMarkedContent, ParseSpeeds, PDFDocument } from 'pdf-lib'

import { appendFinish, NotAppendable } from './pdfUpdate'

export type PdfMeta = {
  title: string
  author: string
  subject: string
  keywords: string
  lang: string
}

/**
 * What Chromium leaves out: Author, Subject, Keywords and Lang in the document info, and the
 * "– więcej –" line on every page but the last. Appended to Chromium's bytes as an incremental
 * update (pdfUpdate.ts): parsing and writing the whole file again with pdf-lib cost more than the
 * rest of the finish. A file not shaped as Chromium writes it today is rewritten whole.
 */
export const finishPdf = async (
  bytes: Uint8Array,
  meta: PdfMeta,
  continued?: Uint8Array,
): Promise<Uint8Array> => {
  try {
    return await appendFinish(bytes, meta, continued)
  } catch (error) {
    if (!(error instanceof NotAppendable)) throw error
    return rewriteFinish(bytes, meta, continued)
  }
}

/**
 * The same finish by pdf-lib, writing the whole file (the overlay is a page drawn as an artifact,
 * so the tagged structure stays the text's own).
 */
export const rewriteFinish = async (
  bytes: Uint8Array,
  meta: PdfMeta,
  continued?: Uint8Array,
): Promise<Uint8Array> => {
  // By default pdf-lib waits for a timer every 100 objects it parses and every 50 it writes: a
  // millisecond or more each time, longer on a busy server, more than the work itself on a
  // document of a few hundred objects.
  const doc = await PDFDocument.load(bytes, {
    updateMetadata: false,
    parseSpeed: ParseSpeeds.Fastest,
  })
  doc.setTitle(meta.title, { showInWindowTitleBar: true })
  doc.setAuthor(meta.author)
  doc.setSubject(meta.subject)
  if (meta.keywords) doc.setKeywords([meta.keywords])
  doc.setLanguage(meta.lang)
  doc.setCreator('Pressroom')
  const pages = doc.getPages()
  if (continued && pages.length > 1) {
    const [overlay] = await doc.embedPdf(continued, [0])
    for (const page of pages.slice(0, -1)) {
      page.pushOperators(beginMarkedContent('Artifact'))
      page.drawPage(overlay, { x: 0, y: 0, width: page.getWidth(), height: page.getHeight() })
      page.pushOperators(endMarkedContent())
    }
  }
  return doc.save({ useObjectStreams: false, objectsPerTick: Infinity })
}
