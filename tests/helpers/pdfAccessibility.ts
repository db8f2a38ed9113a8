/**
 * The machine-checkable part of PDF/UA-1 (ISO 14289-1), checkpoint by checkpoint as the
 * Matterhorn Protocol 1.1 numbers them, on what `qpdf --json` reads from a file (Debian's qpdf:
 * objects, decoded streams). docs/ACCESSIBILITY.md lists what it covers and what it cannot.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { JSDOM, VirtualConsole } from 'jsdom'

import { operatorsOf } from '../../src/generator/contentStream'
import { markedContentText } from './pdf'

/** A checkpoint's result; `unchecked` says why it could not be checked (nothing to check against). */
export type Checkpoint = { id: string; name: string; failures: string[]; unchecked?: string }

/**
 * The languages the document's source declares: its own (`<html lang>`) and each text it sets in
 * another (an element whose lang differs from its parent's, e.g. the letterhead's Polish address).
 */
export type DeclaredLanguages = { lang: string; other: { text: string; lang: string }[] }

/** What an HTML document (the print HTML, or the release's HTML document) declares. */
export const declaredLanguages = (html: string): DeclaredLanguages => {
  // A console of its own, unheard: jsdom cannot parse some of our CSS, and need not.
  const { document } = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window
  const langOf = (element: Element | null) => element?.closest('[lang]')?.getAttribute('lang') ?? ''
  const other = [...document.body.querySelectorAll('[lang]')]
    .filter((element) => langOf(element) !== langOf(element.parentElement))
    .map((element) => ({
      text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
      lang: langOf(element),
    }))
    .filter(({ text }) => text)
  return { lang: langOf(document.documentElement), other }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Dict = { [key: string]: Json }
type Stored = { value?: Json; stream?: { dict: Dict; data?: string } }

const run = promisify(execFile)

/** qpdf's JSON of a file: every object, streams decoded. */
const readObjects = async (file: string): Promise<Record<string, Stored>> => {
  const { stdout } = await run(
    'qpdf',
    [
      '--json=2',
      '--json-key=qpdf',
      '--json-stream-data=inline',
      '--decode-level=generalized',
      file,
    ],
    { maxBuffer: 1 << 30 },
  )
  const [, objects] = JSON.parse(stdout).qpdf as [unknown, Record<string, Stored>]
  return objects
}

const standardTypes = new Set(
  (
    'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 ' +
    'L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot ' +
    'Ruby RB RT RP Warichu WT WP Figure Formula Form'
  ).split(' '),
)

const isRef = (v: Json | undefined): v is string => typeof v === 'string' && / \d+ R$/.test(v)
const text = (v: Json | undefined): string =>
  typeof v !== 'string'
    ? ''
    : v.startsWith('u:')
      ? v.slice(2)
      : v.startsWith('b:')
        ? Buffer.from(v.slice(2), 'hex').toString('latin1')
        : v
const asArray = (v: Json | undefined): Json[] => (Array.isArray(v) ? v : v === undefined ? [] : [v])
// A BCP 47 tag as PDF/UA expects in /Lang: language, optional script, region, variants.
const languageTag = /^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|\d{3}))?(-[a-zA-Z\d]{5,8})*$/

/**
 * Every checkpoint for the PDF in `bytes`; with what its source declares, the other languages'
 * text too (11-007).
 */
export const checkPdfAccessibility = async (
  bytes: Uint8Array,
  declared?: DeclaredLanguages,
): Promise<Checkpoint[]> => {
  const dir = await mkdtemp(path.join(tmpdir(), 'pdfua-'))
  try {
    const file = path.join(dir, 'document.pdf')
    await writeFile(file, bytes)
    return await checkPdfFile(file, declared)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

export const checkPdfFile = async (
  file: string,
  declared?: DeclaredLanguages,
): Promise<Checkpoint[]> => {
  const objects = await readObjects(file)
  const marked = declared?.other.length ? await markedContentText(await readFile(file)) : []
  return checkObjects(objects, declared, marked)
}

const checkObjects = (
  objects: Record<string, Stored>,
  declared: DeclaredLanguages | undefined,
  marked: Map<number, string>[],
): Checkpoint[] => {
  const stored = (ref: Json | undefined): Stored | undefined =>
    isRef(ref) ? objects[`obj:${ref}`] : undefined
  const resolve = (v: Json | undefined): Json | undefined =>
    isRef(v) ? (stored(v)?.value ?? stored(v)?.stream?.dict) : v
  const dict = (v: Json | undefined): Dict =>
    ((r) => (r && typeof r === 'object' && !Array.isArray(r) ? (r as Dict) : {}))(resolve(v))
  const streamText = (ref: Json | undefined, encoding: BufferEncoding = 'latin1'): string => {
    const data = stored(ref)?.stream?.data
    return data ? Buffer.from(data, 'base64').toString(encoding) : ''
  }

  const checks: Checkpoint[] = []
  const check = (id: string, name: string) => {
    const found: Checkpoint = { id, name, failures: [] }
    checks.push(found)
    return found.failures
  }

  const trailer = (objects.trailer?.value ?? {}) as Dict
  const catalog = dict(trailer['/Root'])

  // 06: metadata.
  const xmp = streamText(catalog['/Metadata'], 'utf8')
  const noXmp = check('06-001', 'The catalog has an XMP metadata stream')
  if (!xmp) noXmp.push('no /Metadata in the catalog')
  const part = check('06-002', 'The XMP metadata carries the PDF/UA identifier (pdfuaid:part 1)')
  if (!/<pdfuaid:part>\s*1\s*<\/pdfuaid:part>|pdfuaid:part\s*=\s*["']1["']/.test(xmp))
    part.push('no pdfuaid:part 1')
  const title = check('06-003', 'The XMP metadata has a dc:title')
  const dcTitle = /<dc:title>[\s\S]*?<rdf:li[^>]*>([^<]*)<\/rdf:li>/.exec(xmp)
  if (!dcTitle || !dcTitle[1].trim()) title.push('no dc:title, or an empty one')

  // 07: viewer preferences.
  const display = check(
    '07-001',
    'DisplayDocTitle is true (the title, not the file name, in the window)',
  )
  if (dict(catalog['/ViewerPreferences'])['/DisplayDocTitle'] !== true)
    display.push('ViewerPreferences /DisplayDocTitle is not true')

  // Tagged PDF.
  const tagged = check(
    '01-007',
    'Marked as tagged (MarkInfo /Marked true, no /Suspects) with a structure tree',
  )
  const markInfo = dict(catalog['/MarkInfo'])
  if (markInfo['/Marked'] !== true) tagged.push('MarkInfo /Marked is not true')
  if (markInfo['/Suspects'] === true) tagged.push('MarkInfo /Suspects is true')
  const tree = dict(catalog['/StructTreeRoot'])
  if (!catalog['/StructTreeRoot']) tagged.push('no StructTreeRoot')

  // 11: natural language. Every text without a /Lang of its own (page content, Alt, outline
  // entries, link Contents: 11-001…004) takes the catalog's.
  const contentLang = check(
    '11-001',
    'The language of all text can be determined: a valid /Lang in the catalog, every /Lang in the structure tree valid',
  )
  const documentLang = text(catalog['/Lang'])
  if (!languageTag.test(documentLang))
    contentLang.push(`catalog /Lang is ${JSON.stringify(documentLang)}`)
  const metadataLang = check(
    '11-006',
    'The language of the metadata can be determined (/Lang in the catalog)',
  )
  if (!languageTag.test(documentLang))
    metadataLang.push(`catalog /Lang is ${JSON.stringify(documentLang)}`)
  const otherLang = check(
    '11-007',
    'The language is the right one: the document /Lang is its source’s, text the source sets in another language carries it',
  )
  if (!declared)
    checks[checks.length - 1].unchecked = 'needs the HTML the PDF was printed from (--html)'

  // The structure tree, in document order.
  type Element = { ref: string; type: string; role: string; dict: Dict; parent?: Element }
  const roleMap = dict(tree['/RoleMap'])
  const roleOf = (type: string): string => {
    const seen = new Set<string>()
    let role = type
    while (!standardTypes.has(role) && roleMap[`/${role}`] && !seen.has(role)) {
      seen.add(role)
      role = text(roleMap[`/${role}`]).replace(/^\//, '')
    }
    return role
  }
  const elements: Element[] = []
  const byRef = new Map<string, Element>()
  const mcids = new Map<string, Set<number>>() // page ref → marked-content ids the tree references
  const annotationOwners = new Map<string, Element>() // annotation ref → its structure element
  // Marked content in document order, with the element that holds it.
  const contents: { page: string; mcid: number; owner: Element | undefined }[] = []
  const visit = (kid: Json | undefined, parent: Element | undefined, page: Json | undefined) => {
    if (Array.isArray(kid)) return kid.forEach((k) => visit(k, parent, page))
    if (typeof kid === 'number') {
      if (isRef(page)) (mcids.get(page) ?? mcids.set(page, new Set()).get(page)!).add(kid)
      if (isRef(page)) contents.push({ page, mcid: kid, owner: parent })
      return
    }
    if (isRef(kid) && !byRef.has(kid)) {
      const d = dict(kid)
      if (d['/Type'] === '/MCR' || d['/Type'] === '/OBJR') return visit(d, parent, page)
      const type = text(d['/S']).replace(/^\//, '')
      if (!type) return
      const element: Element = { ref: kid, type, role: roleOf(type), dict: d, parent }
      elements.push(element)
      byRef.set(kid, element)
      return visit(d['/K'], element, d['/Pg'] ?? page)
    }
    if (kid && typeof kid === 'object') {
      const d = kid as Dict
      if (d['/Type'] === '/MCR' && typeof d['/MCID'] === 'number')
        visit(d['/MCID'], parent, d['/Pg'] ?? page)
      if (d['/Type'] === '/OBJR' && isRef(d['/Obj']) && parent)
        annotationOwners.set(d['/Obj'], parent)
    }
  }
  visit(tree['/K'], undefined, undefined)
  const describe = (e: Element) => `${e.type} (${e.ref})`

  // 02: role mapping.
  const roles = check('02-001', 'Every structure type is standard or role-mapped to a standard one')
  for (const e of elements)
    if (!standardTypes.has(e.role)) roles.push(`${describe(e)} has no standard role`)
  const remapped = check('02-004', 'No standard structure type is remapped')
  for (const key of Object.keys(roleMap))
    if (standardTypes.has(key.slice(1))) remapped.push(`RoleMap remaps ${key}`)

  // 11: languages on elements.
  for (const e of elements) {
    if (e.dict['/Lang'] === undefined) continue
    const value = text(e.dict['/Lang'])
    if (!languageTag.test(value)) contentLang.push(`${describe(e)} /Lang ${JSON.stringify(value)}`)
  }

  // 14: headings.
  const firstHeading = check('14-002', 'The first numbered heading is H1')
  const skipped = check('14-003', 'Numbered headings do not skip a level')
  const headings = elements.filter((e) => /^H[1-6]$/.test(e.role))
  if (headings.length && headings[0].role !== 'H1')
    firstHeading.push(`first heading is ${headings[0].role}`)
  headings.reduce((previous, e) => {
    const level = Number(e.role[1])
    if (level > previous + 1) skipped.push(`${describe(e)} follows H${previous}`)
    return level
  }, 1)

  // 09: lists and tables used as their structure says.
  const lists = check('09-005', 'Lists: L holds LI (or L, Caption), LI holds Lbl and LBody only')
  const tables = check('09-004', 'Tables: TR inside Table/THead/TBody/TFoot, TH and TD inside TR')
  for (const e of elements) {
    const parent = e.parent?.role
    if (e.role === 'L' && parent === 'LI') lists.push(`${describe(e)}: a list directly in an LI`)
    if (e.role === 'LI' && parent !== 'L') lists.push(`${describe(e)} is in ${parent}, not L`)
    if ((e.role === 'Lbl' || e.role === 'LBody') && parent !== 'LI' && e.role === 'LBody')
      lists.push(`${describe(e)} is in ${parent}, not LI`)
    if (parent === 'LI' && e.role !== 'Lbl' && e.role !== 'LBody')
      lists.push(`${describe(e)} in ${describe(e.parent!)}: not Lbl or LBody`)
    if (parent === 'L' && !['LI', 'L', 'Caption'].includes(e.role))
      lists.push(`${describe(e)} in ${describe(e.parent!)}: not LI`)
    if (e.role === 'TR' && !['Table', 'THead', 'TBody', 'TFoot'].includes(parent ?? ''))
      tables.push(`${describe(e)} is in ${parent}`)
    if ((e.role === 'TH' || e.role === 'TD') && parent !== 'TR')
      tables.push(`${describe(e)} is in ${parent}`)
  }
  // 15: table headers.
  const scope = check('15-003', 'Every TH has a Scope (or the table uses Headers)')
  for (const e of elements.filter((x) => x.role === 'TH')) {
    const attributes = asArray(e.dict['/A']).map((a) => dict(a))
    const hasScope = attributes.some((a) => a['/O'] === '/Table' && typeof a['/Scope'] === 'string')
    const table = (() => {
      let up = e.parent
      while (up && up.role !== 'Table') up = up.parent
      return up
    })()
    const usesHeaders = elements.some(
      (x) =>
        x.role === 'TD' &&
        asArray(x.dict['/A']).some((a) => dict(a)['/Headers'] !== undefined) &&
        (() => {
          let up = x.parent
          while (up && up !== table) up = up.parent
          return up === table
        })(),
    )
    if (!hasScope && !usesHeaders) scope.push(`${describe(e)} has no /Scope`)
  }

  // 13: figures.
  const alt = check('13-004', 'Every Figure has alternative text (/Alt or /ActualText)')
  for (const e of elements.filter((x) => x.role === 'Figure' || x.role === 'Formula'))
    if (!text(e.dict['/Alt']).trim() && !text(e.dict['/ActualText']).trim())
      alt.push(`${describe(e)} has no /Alt`)

  // Pages: content, annotations, fonts.
  const pages: string[] = []
  const walkPages = (ref: Json | undefined) => {
    const node = dict(ref)
    if (node['/Type'] === '/Pages') asArray(node['/Kids']).forEach(walkPages)
    else if (isRef(ref)) pages.push(ref)
  }
  walkPages(catalog['/Pages'])

  const languageOf = (e: Element | undefined): string => {
    for (let up = e; up; up = up.parent)
      if (up.dict['/Lang'] !== undefined) return text(up.dict['/Lang'])
    return documentLang
  }
  if (declared) {
    if (documentLang.toLowerCase() !== declared.lang.toLowerCase())
      otherLang.push(
        `catalog /Lang is ${JSON.stringify(documentLang)}, the source's ${declared.lang}`,
      )
    const tagged = contents.map(({ page, mcid, owner }) => ({
      text: marked[pages.indexOf(page)]?.get(mcid) ?? '',
      lang: languageOf(owner),
    }))
    otherLang.push(...wrongLanguages(declared.other, tagged))
  }
  const parentTree = numberTree(dict(tree['/ParentTree']), dict)

  const untagged = check('01-005', 'All content is tagged (in the structure tree) or an /Artifact')
  const artifactInContent = check('01-003', 'No artifact inside tagged content')
  const contentInArtifact = check('01-004', 'No tagged content inside an artifact')
  const tabs = check('28-008', 'Every page with annotations has /Tabs /S (structure order)')
  const linkInTree = check(
    '28-011',
    'Every link annotation is in the structure tree, in a Link element',
  )
  const linkText = check('28-012', 'Every link annotation has a /Contents description')
  const unicode = check(
    '10-001',
    'Every font maps its characters to Unicode (ToUnicode or a standard encoding)',
  )
  const embedded = check('31-009', 'Every font program is embedded')
  const fontsSeen = new Set<string>()

  const checkFont = (ref: Json | undefined, where: string) => {
    const key = isRef(ref) ? ref : JSON.stringify(ref)
    if (fontsSeen.has(key)) return
    fontsSeen.add(key)
    const font = dict(ref)
    const subtype = font['/Subtype']
    if (subtype === '/Type3') return
    const base = text(font['/BaseFont'])
    const descriptor = dict(
      subtype === '/Type0'
        ? dict(asArray(font['/DescendantFonts'])[0])['/FontDescriptor']
        : font['/FontDescriptor'],
    )
    if (!descriptor['/FontFile'] && !descriptor['/FontFile2'] && !descriptor['/FontFile3'])
      embedded.push(`${base} on ${where} is not embedded`)
    const encoding = font['/Encoding']
    const standardEncoding = [
      '/WinAnsiEncoding',
      '/MacRomanEncoding',
      '/StandardEncoding',
    ].includes(String(encoding))
    if (!font['/ToUnicode'] && !(subtype !== '/Type0' && standardEncoding))
      unicode.push(`${base} on ${where} has no ToUnicode map`)
  }

  /** Walks a content stream: every painting operator must be inside tagged content or an artifact. */
  const walkContent = (
    content: string,
    resources: Dict,
    where: string,
    pageRef: string,
    outer: { tagged: boolean; artifact: boolean },
    seenForms: Set<string>,
  ) => {
    const stack: { artifact: boolean; mcid: number | null }[] = []
    const state = () => ({
      tagged: outer.tagged || stack.some((s) => s.mcid !== null),
      artifact: outer.artifact || stack.some((s) => s.artifact),
    })
    const fonts = dict(resources['/Font'])
    for (const [key, ref] of Object.entries(fonts)) (void key, checkFont(ref, where))
    const xobjects = dict(resources['/XObject'])
    let reported = 0
    for (const { op, operands } of operatorsOf(content)) {
      if (op === 'BDC' || op === 'BMC') {
        const tag = operands[0]
        const props = operands[1] ?? ''
        const mcid = /\/MCID\s+(\d+)/.exec(props)
        const now = state()
        const artifact = tag === '/Artifact'
        if (artifact && now.tagged)
          artifactInContent.push(`${where}: an artifact inside tagged content`)
        if (mcid && now.artifact)
          contentInArtifact.push(`${where}: MCID ${mcid[1]} inside an artifact`)
        if (mcid && !artifact && !now.artifact && !mcids.get(pageRef)?.has(Number(mcid[1])))
          untagged.push(`${where}: MCID ${mcid[1]} is not in the structure tree`)
        stack.push({ artifact, mcid: mcid ? Number(mcid[1]) : null })
        continue
      }
      if (op === 'EMC') {
        stack.pop()
        continue
      }
      if (op === 'Do') {
        const name = operands[0]?.slice(1)
        const ref = xobjects[`/${name}`]
        const xobject = stored(ref)?.stream
        if (xobject?.dict['/Subtype'] === '/Form' && isRef(ref) && !seenForms.has(ref)) {
          const now = state()
          walkContent(
            streamText(ref),
            dict(xobject.dict['/Resources']),
            `${where} form ${name}`,
            pageRef,
            now,
            new Set([...seenForms, ref]),
          )
          if (now.tagged || now.artifact) continue
        }
      }
      if (
        ![
          'Tj',
          'TJ',
          "'",
          '"',
          'Do',
          'sh',
          'BI',
          'f',
          'F',
          'f*',
          'S',
          's',
          'B',
          'B*',
          'b',
          'b*',
        ].includes(op)
      )
        continue
      const now = state()
      if (!now.tagged && !now.artifact && reported++ < 3)
        untagged.push(`${where}: "${op}" neither tagged nor an artifact`)
    }
  }

  pages.forEach((pageRef, index) => {
    const page = dict(pageRef)
    const where = `page ${index + 1}`
    const content = asArray(page['/Contents'])
      .map((ref) => streamText(ref))
      .join('\n')
    walkContent(
      content,
      dict(page['/Resources']),
      where,
      pageRef,
      { tagged: false, artifact: false },
      new Set(),
    )
    const annotations = asArray(page['/Annots'])
    if (annotations.length && page['/Tabs'] !== '/S')
      tabs.push(`${where}: /Tabs is ${page['/Tabs'] ?? 'missing'}`)
    for (const ref of annotations) {
      const annotation = dict(ref)
      if (annotation['/Subtype'] !== '/Link') continue
      const uri = text(dict(annotation['/A'])['/URI'])
      if (!text(annotation['/Contents']).trim())
        linkText.push(`${where}: link to ${uri} has no /Contents`)
      const owner = isRef(ref) ? annotationOwners.get(ref) : undefined
      const inTree =
        typeof annotation['/StructParent'] === 'number' &&
        parentTree.get(annotation['/StructParent'] as number) !== undefined
      if (!owner || owner.role !== 'Link' || !inTree)
        linkInTree.push(`${where}: link to ${uri} is not in a Link element`)
    }
  })

  return checks
}

/**
 * 11-007 as far as the source says: each time it sets words in another language, the PDF's tagged
 * text (its marked content in document order) has them once with all their marked content read
 * in that language. Matched across marked content with white space left out: a line break may
 * add or drop a space.
 */
const wrongLanguages = (
  other: DeclaredLanguages['other'],
  tagged: { text: string; lang: string }[],
): string[] => {
  const bare = (value: string) => value.replace(/[\s\u00ad]+/g, '')
  let joined = ''
  const pieceAt: number[] = [] // the tagged piece each character of `joined` comes from
  tagged.forEach(({ text }, index) => {
    const piece = bare(text)
    joined += piece
    for (let i = 0; i < piece.length; i++) pieceAt.push(index)
  })
  const times = new Map<string, number>()
  for (const { text, lang } of other) {
    const key = JSON.stringify([text, lang.toLowerCase()])
    times.set(key, (times.get(key) ?? 0) + 1)
  }
  const failures: string[] = []
  for (const [key, wanted] of times) {
    const [words, lang] = JSON.parse(key) as [string, string]
    const needle = bare(words)
    const readAs: string[] = []
    for (let at = joined.indexOf(needle); needle && at >= 0; at = joined.indexOf(needle, at + 1)) {
      const langs = pieceAt.slice(at, at + needle.length).map((i) => tagged[i].lang.toLowerCase())
      readAs.push([...new Set(langs)].join(' and '))
    }
    if (readAs.filter((l) => l === lang).length < wanted)
      failures.push(
        `"${words}", ${lang} in the source ${wanted}×, is ${readAs.length ? `read as ${readAs.join('; ')}` : 'not in the tagged text'}`,
      )
  }
  return failures
}

/** A number tree (the structure's ParentTree) as a map. */
const numberTree = (root: Dict, dict: (v: Json | undefined) => Dict): Map<number, Json> => {
  const map = new Map<number, Json>()
  const walk = (node: Dict) => {
    const nums = asArray(node['/Nums'])
    for (let i = 0; i + 1 < nums.length; i += 2) map.set(nums[i] as number, nums[i + 1])
    for (const kid of asArray(node['/Kids'])) walk(dict(kid))
  }
  walk(root)
  return map
}

/** The failed checkpoints only. */
export const failedCheckpoints = (checks: Checkpoint[]): string[] =>
  checks.flatMap((c) => c.failures.map((f) => `${c.id} ${c.name}: ${f}`))

/** One line per checkpoint: pass, FAIL with what failed, or skip with why. */
export const formatCheckpoints = (checks: Checkpoint[]): string =>
  checks
    .map((c) =>
      c.failures.length
        ? `FAIL ${c.id} ${c.name}\n${c.failures.map((f) => `       ${f}`).join('\n')}`
        : c.unchecked
          ? `skip ${c.id} ${c.name}: ${c.unchecked}`
          : `pass ${c.id} ${c.name}`,
    )
    .join('\n')
