/**
 * The one XML writer of the newsroom (feeds, sitemap). Every text and attribute value goes
 * through it, and it cannot write a document an XML parser refuses: characters XML 1.0 does not
 * allow (C0 controls but tab, newline and carriage return; lone surrogates; U+FFFE, U+FFFF) are
 * dropped, markup characters are escaped, and names are the code's own, never content's.
 */
export type XmlChild = XmlElement | string | null | undefined | false
export type XmlElement = {
  name: string
  attributes: Record<string, string | number | null | undefined>
  children: XmlChild[]
}

const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** Text as XML 1.0 may carry it: the characters it does not allow are left out. */
export const xmlChars = (value: string): string => value.replace(notXmlChar, '')

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // In an attribute a parser turns raw tab and newlines into spaces; as references they stay.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
}

const escapeText = (value: string) => xmlChars(value).replace(/[&<>\r]/g, (c) => escapes[c])
const escapeAttribute = (value: string) =>
  xmlChars(value).replace(/[&<>"'\t\n\r]/g, (c) => escapes[c])

/** An element; children that are null, undefined or false are left out. */
export const el = (
  name: string,
  attributes: XmlElement['attributes'] = {},
  ...children: (XmlChild | XmlChild[])[]
): XmlElement => ({ name, attributes, children: children.flat() })

const write = (node: XmlChild): string => {
  if (node === null || node === undefined || node === false) return ''
  if (typeof node === 'string') return escapeText(node)
  const attributes = Object.entries(node.attributes)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeAttribute(String(value))}"`)
    .join('')
  const inner = node.children.map(write).join('')
  return inner
    ? `<${node.name}${attributes}>${inner}</${node.name}>`
    : `<${node.name}${attributes}/>`
}

/** A whole document, UTF-8, with its declaration. */
export const xmlDocument = (root: XmlElement): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${write(root)}\n`
