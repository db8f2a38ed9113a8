import {
  convertLexicalToHTML,
  defaultHTMLConverters,
  type HTMLConverters,
} from '@payloadcms/richtext-lexical/html'
import sanitizeHtml from 'sanitize-html'

import {
  headerRowCount,
  headsColumn,
  headsRow,
  isSafeHref,
  type LexicalNode,
  type RichText,
} from './lexical'

const escapeAttr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** What a press release body may contain: text structure and links, nothing that loads or runs. */
const allowList: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'h2',
    'h3',
    'h4',
    'strong',
    'em',
    'b',
    'i',
    'u',
    's',
    'sub',
    'sup',
    'code',
    'br',
    'hr',
    'ul',
    'ol',
    'li',
    'blockquote',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: {
    a: ['href'],
    ol: ['start'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan', { name: 'scope', multiple: false, values: ['col', 'row'] }],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // The headline is the document's only h1; body headings start one level down.
  transformTags: {
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    // A link to anywhere but the web or mail keeps its words and loses its address.
    a: (tagName, attribs) => ({
      tagName,
      attribs: (attribs.href && isSafeHref(attribs.href)
        ? { href: attribs.href }
        : {}) as sanitizeHtml.Attributes,
    }),
  },
}

const spans = (cell: LexicalNode) =>
  (['colSpan', 'rowSpan'] as const)
    .map((key) => [key.toLowerCase(), Math.trunc(Number(cell[key]))] as const)
    .filter(([, n]) => n > 1)
    .map(([name, n]) => ` ${name}="${n}"`)
    .join('')

/**
 * Tables keep their header rows in a thead (repeated on each printed page) and say what each
 * header cell heads; Payload's own converter puts every row in a tbody, gives no scope and
 * pads rows with layout whitespace.
 */
const tableConverters: HTMLConverters = {
  table: ({ node, nodesToHTML }) => {
    const rows = node.children
    const heads = headerRowCount(node as LexicalNode)
    const head = heads
      ? `<thead>${nodesToHTML({ nodes: rows.slice(0, heads) }).join('')}</thead>`
      : ''
    return `<table>${head}<tbody>${nodesToHTML({ nodes: rows.slice(heads) }).join('')}</tbody></table>`
  },
  tablerow: ({ node, nodesToHTML }) => `<tr>${nodesToHTML({ nodes: node.children }).join('')}</tr>`,
  tablecell: ({ node, nodesToHTML }) => {
    const cell = node as LexicalNode
    const tag = headsColumn(cell) || headsRow(cell) ? 'th' : 'td'
    const scope = headsColumn(cell) ? ' scope="col"' : headsRow(cell) ? ' scope="row"' : ''
    const inner = nodesToHTML({ nodes: node.children }).join('')
    return `<${tag}${scope}${spans(cell)}>${inner}</${tag}>`
  },
}

/**
 * Lexical → HTML with Payload's converter, then through an allow-list. Uploads and blocks inside
 * the body are left out: photos come from the release's media list, where credits are kept.
 */
export const bodyToHtml = (body: RichText | null | undefined): string => {
  if (!body?.root) return ''
  const html = convertLexicalToHTML({
    data: body as Parameters<typeof convertLexicalToHTML>[0]['data'],
    disableContainer: true,
    disableIndent: true,
    disableTextAlign: true,
    converters: {
      ...defaultHTMLConverters,
      ...tableConverters,
      upload: () => '',
      unknown: () => '',
      link: (args) => {
        const url = (args.node as { fields?: { url?: string } }).fields?.url ?? ''
        const words = args.nodesToHTML({ nodes: args.node.children }).join('')
        return isSafeHref(url) ? `<a href="${escapeAttr(url.trim())}">${words}</a>` : words
      },
    },
  })
  return sanitizeHtml(html, allowList)
}

/** Any HTML through the same allow-list (for text a user may have pasted with markup). */
export const sanitize = (html: string): string => sanitizeHtml(html, allowList)
