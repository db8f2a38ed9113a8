import { ParseSpeeds, PDFDocument } from 'pdf-lib'

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
 * The same finish for a file not shaped as Chromium writes it today: pdf-lib writes it again
 * whole, with one cross-reference table, and the update is appended to that.
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
  const whole = await doc.save({ useObjectStreams: false, objectsPerTick: Infinity })
  return appendFinish(whole, meta, continued)
}
