import {
  PDFArray,
  PDFContext,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFObjectCopier,
  PDFObjectParser,
  PDFPageEmbedder,
  PDFRef,
  PDFString,
} from 'pdf-lib'

import type { PdfMeta } from './pdfFinish'

/** The file is not shaped as this writer expects (the caller rewrites it whole instead). */
export class NotAppendable extends Error {}

const latin1 = (bytes: Uint8Array, start = 0, end = bytes.length) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1', start, end)

const name = (key: string) => PDFName.of(key)

type Source = {
  bytes: Uint8Array
  offsets: Map<number, number>
  trailer: PDFDict
  xrefAt: number
  context: PDFContext
}

/** The one classic cross-reference table and trailer Chromium (Skia) ends its files with. */
const readSource = (bytes: Uint8Array): Source => {
  const tailFrom = Math.max(0, bytes.length - 64)
  const tail = latin1(bytes, tailFrom)
  const found = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail)
  if (!found) throw new NotAppendable('no startxref')
  const xrefAt = Number(found[1])
  const text = latin1(bytes, xrefAt, tailFrom + found.index)
  if (!text.startsWith('xref')) throw new NotAppendable('a cross-reference stream')
  const trailerAt = text.indexOf('trailer')
  if (trailerAt < 0) throw new NotAppendable('no trailer')
  const offsets = new Map<number, number>()
  const lines = text
    .slice(4, trailerAt)
    .trim()
    .split(/\r?\n|\r/)
  for (let i = 0; i < lines.length;) {
    const [first, count] = lines[i++].trim().split(/\s+/).map(Number)
    if (!Number.isInteger(first) || !Number.isInteger(count) || i + count > lines.length)
      throw new NotAppendable('an unreadable cross-reference table')
    for (let n = 0; n < count; n++, i++) {
      const [offset, , kind] = lines[i].trim().split(/\s+/)
      if (kind === 'n') offsets.set(first + n, Number(offset))
    }
  }
  const context = PDFContext.create()
  // One byte per character in latin1: the text's offsets are the file's, from xrefAt.
  const trailerBytes = bytes.subarray(xrefAt + trailerAt + 'trailer'.length)
  const trailer = PDFObjectParser.forBytes(trailerBytes, context).parseObject()
  if (!(trailer instanceof PDFDict)) throw new NotAppendable('no trailer dictionary')
  // An already updated or encrypted file would need more than one table read.
  if (trailer.has(name('Prev')) || trailer.has(name('Encrypt')))
    throw new NotAppendable('updated or encrypted')
  return { bytes, offsets, trailer, xrefAt, context }
}

/** Object `ref` of the original file, parsed (Chromium writes no object streams). */
const objectAt = (source: Source, ref: PDFObject | undefined): PDFObject => {
  if (!(ref instanceof PDFRef)) throw new NotAppendable('expected a reference')
  const offset = source.offsets.get(ref.objectNumber)
  if (offset === undefined) throw new NotAppendable(`no object ${ref.objectNumber}`)
  const header = latin1(source.bytes, offset, offset + 32)
  const body = /^\s*\d+\s+\d+\s+obj/.exec(header)
  if (!body) throw new NotAppendable(`object ${ref.objectNumber} not where the table says`)
  return PDFObjectParser.forBytes(
    source.bytes.subarray(offset + body[0].length),
    source.context,
  ).parseObject()
}

const dictAt = (source: Source, ref: PDFObject | undefined): PDFDict => {
  const dict = objectAt(source, ref)
  if (!(dict instanceof PDFDict)) throw new NotAppendable('expected a dictionary')
  return dict
}

/** A dictionary entry that may be inline or a reference, as an inline dictionary. */
const inlineDict = (source: Source, dict: PDFDict, key: string): PDFDict => {
  const value = dict.get(name(key))
  if (value === undefined) return PDFDict.withContext(source.context)
  return value instanceof PDFDict ? value : dictAt(source, value)
}

/** The page references of the file, in order. */
const pageRefs = (source: Source, node: PDFRef): PDFRef[] => {
  const dict = dictAt(source, node)
  if (dict.get(name('Type')) !== name('Pages')) return [node]
  const kids = dict.get(name('Kids'))
  if (!(kids instanceof PDFArray)) throw new NotAppendable('pages without kids')
  return kids.asArray().flatMap((kid) => {
    if (!(kid instanceof PDFRef)) throw new NotAppendable('an inline page')
    return pageRefs(source, kid)
  })
}

/** The overlay's first page as a form, its objects numbered from `first`: per overlay and number. */
type Form = { objects: [PDFRef, PDFObject][]; ref: PDFRef; width: number; height: number }
const overlays = new WeakMap<
  Uint8Array,
  { doc: Promise<PDFDocument>; forms: Map<number, Promise<Form>> }
>()
const formOf = (overlay: Uint8Array, first: number): Promise<Form> => {
  let entry = overlays.get(overlay)
  if (!entry)
    overlays.set(
      overlay,
      (entry = { doc: PDFDocument.load(overlay, { updateMetadata: false }), forms: new Map() }),
    )
  let form = entry.forms.get(first)
  if (!form) {
    const { doc } = entry
    form = (async () => {
      const source = await doc
      const context = PDFContext.create()
      context.largestObjectNumber = first - 1
      // Copied first, as pdf-lib's embedPdf does, so the form's fonts come along.
      const page = PDFObjectCopier.for(source.context, context).copy(source.getPage(0).node)
      const embedder = await PDFPageEmbedder.for(page)
      const ref = await embedder.embedIntoContext(context)
      return {
        objects: context.enumerateIndirectObjects(),
        ref,
        width: embedder.width,
        height: embedder.height,
      }
    })()
    // A few document sizes recur; keep the cache small, and no failure in it.
    if (entry.forms.size >= 64) entry.forms.clear()
    entry.forms.set(first, form)
    form.catch(() => overlays.delete(overlay))
  }
  return form
}

const stream = (context: PDFContext, text: string) => context.stream(text)

/** Bytes of `N 0 obj … endobj` entries, with their offsets, after the original file. */
class Appender {
  private chunks: Uint8Array[] = []
  private length: number
  readonly offsets = new Map<number, number>()
  constructor(private readonly original: Uint8Array) {
    this.length = original.length
    if (original[original.length - 1] !== 0x0a) this.text('\n')
  }
  text(value: string) {
    const chunk = Buffer.from(value, 'latin1')
    this.chunks.push(chunk)
    this.length += chunk.length
  }
  object(ref: PDFRef, value: PDFObject) {
    this.offsets.set(ref.objectNumber, this.length)
    this.text(`${ref.objectNumber} ${ref.generationNumber} obj\n`)
    const chunk = new Uint8Array(value.sizeInBytes())
    value.copyBytesInto(chunk, 0)
    this.chunks.push(chunk)
    this.length += chunk.length
    this.text('\nendobj\n')
  }
  /** The update's cross-reference table, trailer and end. */
  finish(trailer: PDFDict): Uint8Array {
    const xrefAt = this.length
    const numbers = [...this.offsets.keys()].sort((a, b) => a - b)
    let table = 'xref\n'
    for (let i = 0; i < numbers.length;) {
      let j = i
      while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1) j++
      table += `${numbers[i]} ${j - i + 1}\n`
      for (let k = i; k <= j; k++)
        table += `${String(this.offsets.get(numbers[k])).padStart(10, '0')} 00000 n \n`
      i = j + 1
    }
    this.text(table + 'trailer\n')
    const chunk = new Uint8Array(trailer.sizeInBytes())
    trailer.copyBytesInto(chunk, 0)
    this.chunks.push(chunk)
    this.length += chunk.length
    this.text(`\nstartxref\n${xrefAt}\n%%EOF\n`)
    return Buffer.concat([this.original, ...this.chunks])
  }
}

/**
 * Chromium's PDF, finished by an incremental update appended to its bytes (PDF 32000-1 §7.5.6):
 * new versions of the document info, the catalog and the pages that get the overlay, and the
 * overlay's objects, instead of parsing and writing the whole file again.
 */
export const appendFinish = async (
  bytes: Uint8Array,
  meta: PdfMeta,
  continued?: Uint8Array,
): Promise<Uint8Array> => {
  const source = readSource(bytes)
  const { context, trailer } = source
  const size = trailer.lookup(name('Size'), PDFNumber).asNumber()
  let next = size
  const out = new Appender(bytes)

  const infoRef = trailer.get(name('Info'))
  const info = infoRef ? dictAt(source, infoRef) : PDFDict.withContext(context)
  info.set(name('Title'), PDFHexString.fromText(meta.title))
  info.set(name('Author'), PDFHexString.fromText(meta.author))
  info.set(name('Subject'), PDFHexString.fromText(meta.subject))
  if (meta.keywords) info.set(name('Keywords'), PDFHexString.fromText(meta.keywords))
  info.set(name('Creator'), PDFHexString.fromText('Pressroom'))
  const newInfoRef = infoRef instanceof PDFRef ? infoRef : PDFRef.of(next++)
  out.object(newInfoRef, info)

  const rootRef = trailer.get(name('Root'))
  const catalog = dictAt(source, rootRef)
  catalog.set(name('Lang'), PDFString.of(meta.lang))
  const preferences = inlineDict(source, catalog, 'ViewerPreferences')
  preferences.set(name('DisplayDocTitle'), context.obj(true))
  catalog.set(name('ViewerPreferences'), preferences)
  out.object(rootRef as PDFRef, catalog)

  const pages = continued ? pageRefs(source, catalog.get(name('Pages')) as PDFRef) : []
  if (continued && pages.length > 1) {
    const form = await formOf(continued, next)
    for (const [ref, object] of form.objects) out.object(ref, object)
    next = Math.max(next, ...form.objects.map(([ref]) => ref.objectNumber + 1))
    const saveState = PDFRef.of(next++)
    out.object(saveState, stream(context, 'q\n'))
    for (const pageRef of pages.slice(0, -1)) {
      const page = dictAt(source, pageRef)
      const mediaBox = page.get(name('MediaBox'))
      if (!(mediaBox instanceof PDFArray))
        throw new NotAppendable('a page without its own MediaBox')
      const box = mediaBox.asArray().map((n) => (n as PDFNumber).asNumber())
      const [sx, sy] = [(box[2] - box[0]) / form.width, (box[3] - box[1]) / form.height]
      // The page's own drawing is closed in q…Q, then the overlay drawn as an artifact, so the
      // tagged structure stays the text's own.
      const draw = PDFRef.of(next++)
      out.object(
        draw,
        stream(
          context,
          `Q\n/Artifact BMC\nq\n${sx} 0 0 ${sy} ${box[0]} ${box[1]} cm\n/PressroomMore Do\nQ\nEMC\n`,
        ),
      )
      const contents = page.get(name('Contents'))
      const list = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : []
      page.set(name('Contents'), context.obj([saveState, ...list, draw]))
      const resources = inlineDict(source, page, 'Resources')
      const xobjects = inlineDict(source, resources, 'XObject')
      xobjects.set(name('PressroomMore'), form.ref)
      resources.set(name('XObject'), xobjects)
      page.set(name('Resources'), resources)
      out.object(pageRef, page)
    }
  }

  const updated = PDFDict.withContext(context)
  for (const [key, value] of trailer.entries()) updated.set(key, value)
  updated.set(name('Size'), PDFNumber.of(next))
  updated.set(name('Info'), newInfoRef)
  updated.set(name('Prev'), PDFNumber.of(source.xrefAt))
  return out.finish(updated)
}
