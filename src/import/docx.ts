import { JSDOM } from 'jsdom'
import mammoth from 'mammoth'
import sanitizeHtml from 'sanitize-html'

import { UserError } from '../lib/errors'
import type { Block } from './parse'

// What a release body keeps from Word: structure, emphasis and links. Images, tables, styles and
// any link that is not web or e-mail are dropped.
const allowed: sanitizeHtml.IOptions = {
  allowedTags: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'u', 's', 'a', 'br', 'blockquote', 'sub', 'sup'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  disallowedTagsMode: 'discard',
}

/** A .docx file as clean HTML (mammoth escapes the text, so markup in it stays text). */
export const docxToHtml = async (buffer: Buffer, file = 'the file'): Promise<string> => {
  let html: string
  try {
    html = (await mammoth.convertToHtml({ buffer })).value
  } catch {
    throw new UserError(`${file} is not a readable .docx document.`)
  }
  return sanitizeHtml(html, allowed)
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
