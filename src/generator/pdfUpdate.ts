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
  PDFRawStream,
  PDFRef,
  PDFString,
} from 'pdf-lib'
import { deflateSync, inflateSync } from 'node:zlib'

import { artifactsMarked, bufferOf } from './contentStream'

import type { PdfMeta } from './pdfFinish'

/** The file is not shaped as this writer expects (the caller rewrites it whole instead). */
export class NotAppendable extends Error {}

const name = (key: string) => PDFName.of(key)

type Source = {
  bytes: Buffer
  /** The file as latin1 text: one character per byte, so its offsets are the file's. */
  text: string
  offsets: Map<number, number>
  trailer: PDFDict
  xrefAt: number
  context: PDFContext
}

/** The one classic cross-reference table and trailer Chromium (Skia) ends its files with. */
const readSource = (bytes: Uint8Array): Source => {
  const buffer = bufferOf(bytes)
  const file = buffer.toString('latin1')
  const tailFrom = Math.max(0, bytes.length - 64)
  const tail = file.slice(tailFrom)
  const found = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail)
  if (!found) throw new NotAppendable('no startxref')
  const xrefAt = Number(found[1])
  const text = file.slice(xrefAt, tailFrom + found.index)
  if (!text.startsWith('xref')) throw new NotAppendable('a cross-reference stream')
  const trailerAt = text.indexOf('trailer')
  if (trailerAt < 0) throw new NotAppendable('no trailer')
  // Subsections of entries 20 bytes long each (PDF 32000-1 §7.5.4): "0000012345 00000 n\r\n".
  const offsets = new Map<number, number>()
  const subsection = /\s*(\d+) (\d+)\s*?(?:\r\n|\r|\n)/y
  let at = 4
  while (at < trailerAt) {
    subsection.lastIndex = at
    const head = subsection.exec(text)
    if (!head) break
    const [first, count] = [Number(head[1]), Number(head[2])]
    at = subsection.lastIndex
    if (at + 20 * count > trailerAt) throw new NotAppendable('an unreadable cross-reference table')
    for (let n = 0; n < count; n++, at += 20) {
      const kind = text[at + 17]
      if (kind === 'n') offsets.set(first + n, Number(text.slice(at, at + 10)))
      else if (kind !== 'f') throw new NotAppendable('an unreadable cross-reference entry')
    }
  }
  if (text.slice(at, trailerAt).trim())
    throw new NotAppendable('an unreadable cross-reference table')
  const context = PDFContext.create()
  // One byte per character in latin1: the text's offsets are the file's, from xrefAt.
  const trailerBytes = bytes.subarray(xrefAt + trailerAt + 'trailer'.length)
  const trailer = PDFObjectParser.forBytes(trailerBytes, context).parseObject()
  if (!(trailer instanceof PDFDict)) throw new NotAppendable('no trailer dictionary')
  // An already updated or encrypted file would need more than one table read.
  if (trailer.has(name('Prev')) || trailer.has(name('Encrypt')))
    throw new NotAppendable('updated or encrypted')
  return {
    bytes: buffer,
    text: file,
    offsets,
    trailer,
    xrefAt,
    context,
  }
}

const objectHead = /\s*\d+\s+\d+\s+obj/y

/** Object `ref` of the original file, parsed (Chromium writes no object streams). */
const objectAt = (source: Source, ref: PDFObject | undefined): PDFObject => {
  if (!(ref instanceof PDFRef)) throw new NotAppendable('expected a reference')
  const offset = source.offsets.get(ref.objectNumber)
  if (offset === undefined) throw new NotAppendable(`no object ${ref.objectNumber}`)
  objectHead.lastIndex = offset
  const body = objectHead.exec(source.text)
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

const standardTypes = new Set(
  (
    'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 ' +
    'L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot ' +
    'Ruby RB RT RP Warichu WT WP Figure Formula Form'
  ).split(' '),
)
/** Types Chromium writes from PDF 2.0 or its own, and the PDF 1.7 type each stands for. */
const roleOf: Record<string, string> = {
  Strong: 'Span',
  Em: 'Span',
  Sub: 'Span',
  Sup: 'Span',
  Title: 'P',
  FENote: 'Note',
  Aside: 'Div',
  DocumentFragment: 'Div',
}

/** An element; `hasLang` says whether its object's text names a /Lang at all, before parsing it. */
type Element = { ref: PDFRef; type: string; hasLang: boolean; readonly dict: PDFDict }

/** Every structure element under the root, in document order, each parsed. */
const structureWalked = (source: Source, root: PDFDict): Element[] => {
  const found: Element[] = []
  const visit = (kid: PDFObject | undefined) => {
    if (kid instanceof PDFArray) return kid.asArray().forEach(visit)
    if (!(kid instanceof PDFRef)) return // a marked-content id, or an MCR/OBJR dictionary
    const dict = dictAt(source, kid)
    const type = dict.get(name('S'))
    if (!(type instanceof PDFName)) return
    found.push({ ref: kid, dict, type: type.decodeText(), hasLang: dict.has(name('Lang')) })
    visit(dict.get(name('K')))
  }
  visit(root.get(name('K')))
  return found
}

const elementHead = /\s*\d+\s+\d+\s+obj\s*<<\s*\/Type\s*\/StructElem\s*\/S\s*\/([^\s/<>[\]()]+)/y

/**
 * Every structure element of the file, in the file's order: its type read from the head of its
 * object, its dictionary parsed when first asked for. The finishing step changes a few of a
 * release's hundreds of elements, and parsing them all was a third of its time. Where an
 * element's object does not start with its /Type and /S, as Chromium and pdf-lib write them,
 * every element is parsed, walking the tree.
 */
const structureOf = (source: Source, root: PDFDict): Element[] => {
  const { text } = source
  const found: Element[] = []
  for (const [number, offset] of source.offsets) {
    elementHead.lastIndex = offset
    const head = elementHead.exec(text)
    if (!head) continue
    const end = text.indexOf('endobj', elementHead.lastIndex)
    const ref = PDFRef.of(number)
    let dict: PDFDict | undefined
    found.push({
      ref,
      type: head[1],
      hasLang: text.slice(elementHead.lastIndex, end < 0 ? text.length : end).includes('/Lang'),
      get dict() {
        return (dict ??= dictAt(source, ref))
      },
    })
  }
  let named = 0
  for (let at = text.indexOf('/StructElem'); at >= 0; at = text.indexOf('/StructElem', at + 1))
    named++
  return named === found.length ? found : structureWalked(source, root)
}

const kidsOf = (element: PDFDict): PDFObject[] => {
  const kids = element.get(name('K'))
  return kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : []
}

/**
 * Whether an element is a run of text in a language of its own: Chromium writes an HTML element
 * whose lang differs from its parent's (the letterhead's Polish address in an English document)
 * as a NonStruct with /Lang holding its text's marked content, directly or in NonStructs of
 * their own. PDF's element for such a run is a Span: a NonStruct is not to be interpreted or
 * exported, only its content (ISO 32000-1, 14.8.4.2), so a reader may drop its /Lang with it.
 */
const isLanguageRun = (element: Element, byNumber: Map<number, Element>): boolean =>
  element.type === 'NonStruct' &&
  element.hasLang &&
  element.dict.has(name('Lang')) &&
  kidsOf(element.dict).every((kid) => {
    if (kid instanceof PDFNumber) return true
    const inner = kid instanceof PDFRef ? byNumber.get(kid.objectNumber) : undefined
    return inner?.type === 'NonStruct' && kidsOf(inner.dict).every((k) => k instanceof PDFNumber)
  })

/** The page an element's first marked content is on. */
const pageOfElement = (source: Source, element: PDFDict): PDFRef | undefined => {
  const page = element.get(name('Pg'))
  if (page instanceof PDFRef) return page
  const kids = element.get(name('K'))
  for (const kid of kids instanceof PDFArray ? kids.asArray() : [kids]) {
    if (kid instanceof PDFRef) {
      const found = pageOfElement(source, dictAt(source, kid))
      if (found) return found
    }
  }
  return undefined
}

const xml = (text: string) =>
  text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!)

/** The XMP metadata PDF/UA asks for: the PDF/UA identifier and dc:title, with the rest of Info. */
export const xmpOf = (
  meta: PdfMeta,
): string => `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.title)}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>${xml(meta.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.subject)}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>${xml(meta.lang)}</rdf:li></rdf:Bag></dc:language>
<pdf:Keywords>${xml(meta.keywords)}</pdf:Keywords>
<xmp:CreatorTool>Pressroom</xmp:CreatorTool>
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`

/** What a link says when read out: its address, without the mailto:/tel: scheme. */
const linkText = (annotation: PDFDict): string | null => {
  const action = annotation.get(name('A'))
  const uri = action instanceof PDFDict ? action.get(name('URI')) : undefined
  if (!(uri instanceof PDFString || uri instanceof PDFHexString)) return null
  return uri
    .decodeText()
    .replace(/^(mailto|tel):/, '')
    .replace(/^https?:\/\//, '')
    .replace(/\/$/, '')
}

/**
 * Chromium's PDF, finished by an incremental update appended to its bytes (PDF 32000-1 §7.5.6):
 * new versions of the objects that change, instead of parsing and writing the whole file again.
 * What Chromium leaves out for PDF/UA-1 is added here: the XMP metadata with the PDF/UA
 * identifier, a role map for its PDF 2.0 types, LBody in list items, the running footer marked
 * as an artifact, links that say where they go; and "– więcej –" under every page the release's
 * text continues from (the pages before the one that holds the end mark, the last P of the
 * release's Art).
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
  const metadata = PDFRef.of(next++)
  out.object(
    metadata,
    context.stream(Buffer.from(xmpOf(meta), 'utf8'), { Type: 'Metadata', Subtype: 'XML' }),
  )
  catalog.set(name('Metadata'), metadata)
  out.object(rootRef as PDFRef, catalog)

  // The structure: a role map for what is not a PDF 1.7 type, and every list item's content
  // (Chromium puts it beside the Lbl) in an LBody.
  const treeRef = catalog.get(name('StructTreeRoot'))
  const elements: Element[] = []
  const byNumber = new Map<number, Element>()
  if (treeRef instanceof PDFRef) {
    const tree = dictAt(source, treeRef)
    elements.push(...structureOf(source, tree))
    for (const element of elements) byNumber.set(element.ref.objectNumber, element)
    const roles = inlineDict(source, tree, 'RoleMap')
    for (const { type } of elements)
      if (!standardTypes.has(type) && !roles.has(name(type)))
        roles.set(name(type), name(roleOf[type] ?? 'NonStruct'))
    if (roles.keys().length) {
      tree.set(name('RoleMap'), roles)
      out.object(treeRef, tree)
    }
    for (const element of elements)
      if (isLanguageRun(element, byNumber)) {
        element.type = 'Span'
        element.dict.set(name('S'), name('Span'))
        out.object(element.ref, element.dict)
      }
    // A marked-content id moved into the LBody changes its parent: the parent tree's entry too.
    const parentTree = tree.get(name('ParentTree'))
    const nums = parentTree ? dictAt(source, parentTree).get(name('Nums')) : undefined
    const parentArrays = new Map<number, { ref: PDFRef; array: PDFArray; changed: boolean }>()
    const parentArrayOf = (page: PDFObject | undefined) => {
      if (!(page instanceof PDFRef) || !(nums instanceof PDFArray)) return undefined
      const key = dictAt(source, page).get(name('StructParents'))
      if (!(key instanceof PDFNumber)) return undefined
      let found = parentArrays.get(key.asNumber())
      if (!found) {
        const entries = nums.asArray()
        const at = entries.findIndex(
          (v, i) => i % 2 === 0 && v instanceof PDFNumber && v.asNumber() === key.asNumber(),
        )
        const ref = entries[at + 1]
        if (at < 0 || !(ref instanceof PDFRef)) return undefined
        const array = objectAt(source, ref)
        if (!(array instanceof PDFArray)) return undefined
        parentArrays.set(key.asNumber(), (found = { ref, array, changed: false }))
      }
      return found
    }
    for (const item of elements.filter((e) => e.type === 'LI')) {
      const kids = item.dict.get(name('K'))
      const list = kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : []
      const page = item.dict.get(name('Pg'))
      const ids = list.filter((kid): kid is PDFNumber => kid instanceof PDFNumber)
      const parents = ids.length ? parentArrayOf(page) : undefined
      if (!list.every((kid) => kid instanceof PDFRef || kid instanceof PDFNumber)) continue
      if (ids.length && !parents) continue
      const types = list.map((kid) =>
        kid instanceof PDFRef ? byNumber.get(kid.objectNumber)?.type : undefined,
      )
      if (types.includes('LBody')) continue
      const labels = list.filter((_, i) => types[i] === 'Lbl')
      const body = list.filter((_, i) => types[i] !== 'Lbl')
      if (!body.length) continue
      const lbody = PDFRef.of(next++)
      out.object(
        lbody,
        context.obj({
          Type: 'StructElem',
          S: 'LBody',
          P: item.ref,
          K: body,
          ...(ids.length ? { Pg: page } : {}),
        }),
      )
      for (const kid of body) {
        if (kid instanceof PDFNumber) {
          parents!.array.set(kid.asNumber(), lbody)
          parents!.changed = true
          continue
        }
        const element = byNumber.get((kid as PDFRef).objectNumber)!
        element.dict.set(name('P'), lbody)
        out.object(kid as PDFRef, element.dict)
      }
      item.dict.set(name('K'), context.obj([...labels, lbody]))
      out.object(item.ref, item.dict)
    }
    for (const { ref, array, changed } of parentArrays.values()) if (changed) out.object(ref, array)
  }

  const pages = pageRefs(source, catalog.get(name('Pages')) as PDFRef)
  // "– więcej –" under the pages before the one the end mark is on (all but the last when the
  // release's structure cannot say).
  let continuedPages = pages.length - 1
  const article = elements.find((e) => e.type === 'Art')
  if (article) {
    const kids = article.dict.get(name('K'))
    const paragraphs = (kids instanceof PDFArray ? kids.asArray() : [kids])
      .map((kid) => (kid instanceof PDFRef ? byNumber.get(kid.objectNumber) : undefined))
      .filter((e) => e?.type === 'P')
    const endMark = paragraphs[paragraphs.length - 1]
    const page = endMark && pageOfElement(source, endMark.dict)
    const index = page ? pages.findIndex((p) => p.objectNumber === page.objectNumber) : -1
    if (index >= 0) continuedPages = index
  }

  let form: Form | undefined
  let saveState: PDFRef | undefined
  if (continued && continuedPages > 0) {
    form = await formOf(continued, next)
    for (const [ref, object] of form.objects) out.object(ref, object)
    next = Math.max(next, ...form.objects.map(([ref]) => ref.objectNumber + 1))
    saveState = PDFRef.of(next++)
    out.object(saveState, stream(context, 'q\n'))
  }

  for (const [index, pageRef] of pages.entries()) {
    const page = dictAt(source, pageRef)
    let changed = false
    const contents = page.get(name('Contents'))
    const list = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : []
    // The running footer (the page's margin boxes) is drawn untagged: marked as an artifact.
    for (const ref of list) {
      const content = objectAt(source, ref)
      if (!(content instanceof PDFRawStream)) throw new NotAppendable('contents not a stream')
      const filter = content.dict.get(name('Filter'))
      if (filter !== undefined && filter !== name('FlateDecode'))
        throw new NotAppendable('contents not deflated')
      // One output chunk the size of a page's text, instead of 16 KiB ones joined: half the time.
      const raw = filter
        ? inflateSync(content.contents, { chunkSize: 64 * 1024 })
        : content.contents
      const marked = artifactsMarked(raw)
      if (marked === null) continue
      const dict = PDFDict.withContext(context)
      dict.set(name('Filter'), name('FlateDecode'))
      out.object(ref as PDFRef, PDFRawStream.of(dict, deflateSync(marked, { level: 1 })))
    }
    const annotations = page.get(name('Annots'))
    const annotationRefs = annotations instanceof PDFArray ? annotations.asArray() : []
    for (const ref of annotationRefs) {
      if (!(ref instanceof PDFRef)) continue
      const annotation = dictAt(source, ref)
      if (annotation.get(name('Subtype')) !== name('Link') || annotation.has(name('Contents')))
        continue
      const text = linkText(annotation)
      if (!text) continue
      annotation.set(name('Contents'), PDFHexString.fromText(text))
      out.object(ref, annotation)
    }
    if (annotationRefs.length && page.get(name('Tabs')) !== name('S')) {
      page.set(name('Tabs'), name('S'))
      changed = true
    }
    if (form && saveState && index < continuedPages) {
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
      page.set(name('Contents'), context.obj([saveState, ...list, draw]))
      const resources = inlineDict(source, page, 'Resources')
      const xobjects = inlineDict(source, resources, 'XObject')
      xobjects.set(name('PressroomMore'), form.ref)
      resources.set(name('XObject'), xobjects)
      page.set(name('Resources'), resources)
      changed = true
    }
    if (changed) out.object(pageRef, page)
  }

  const updated = PDFDict.withContext(context)
  for (const [key, value] of trailer.entries()) updated.set(key, value)
  updated.set(name('Size'), PDFNumber.of(next))
  updated.set(name('Info'), newInfoRef)
  updated.set(name('Prev'), PDFNumber.of(source.xrefAt))
  return out.finish(updated)
}
