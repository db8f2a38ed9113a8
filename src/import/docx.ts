import { JSDOM } from 'jsdom'
import mammoth from 'mammoth'
import sanitizeHtml from 'sanitize-html'

import { checkParagraphs, ImportLimitError } from './limits'
import type { Block } from './parse'

// What a release body keeps from Word: structure, emphasis and links. Images, tables, styles and
// any link that is not web or e-mail are dropped.
const allowed: sanitizeHtml.IOptions = {
  allowedTags: [
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'p',
    'ul',
    'ol',
    'li',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'a',
    'br',
    'blockquote',
    'sub',
    'sup',
  ],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  disallowedTagsMode: 'discard',
}

// Pictures are dropped anyway: never read them into base64 on the way.
const noImages = { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) }

/**
 * A .docx file as clean HTML (mammoth escapes the text, so markup in it stays text), within the
 * import limits. Runs in the import's worker (./convertInWorker.ts), after the archive's directory
 * was checked (./source.ts).
 */
export const docxToHtml = async (buffer: Buffer, file = 'the file'): Promise<string> => {
  let converted: string
  try {
    converted = (await mammoth.convertToHtml({ buffer }, noImages)).value
  } catch {
    throw new ImportLimitError({ key: 'refuseImportNotDocx', vars: { file } }, 422)
  }
  const html = sanitizeHtml(converted, allowed)
  // Counted on the string, before a DOM is built from it.
  checkParagraphs((html.match(/<(p|h[1-6]|li|blockquote)[\s>]/g) ?? []).length, file)
  return html
}

const blockKind = (tag: string): Block['kind'] =>
  /^H[1-6]$/.test(tag) ? 'heading' : tag === 'P' ? 'paragraph' : 'other'

/** The top-level blocks of an HTML fragment, with their text and their own HTML. */
export const htmlBlocks = (html: string): Block[] => {
  const { document } = new JSDOM(`<!doctype html><body>${html}</body>`).window
  return [...document.body.children].map((el) => ({
    kind: blockKind(el.tagName),
    text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
    html: el.outerHTML,
  }))
}
