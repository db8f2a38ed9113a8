import { convertLexicalToHTML, defaultHTMLConverters } from '@payloadcms/richtext-lexical/html'
import sanitizeHtml from 'sanitize-html'

import { isSafeHref, type RichText } from './lexical'

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
    th: ['colspan', 'rowspan'],
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
