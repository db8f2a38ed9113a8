import type { SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import type { SanitizedConfig } from 'payload'

import { JSDOM } from 'jsdom'

import type { PressRelease } from '../payload-types'

/** The stored shape of a Lexical rich-text field (a release body). */
export type RichText = NonNullable<PressRelease['body']>

const textNode = (text: string) => ({
  type: 'text',
  text,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})

const paragraphNode = (text: string) => ({
  type: 'paragraph',
  children: text ? [textNode(text)] : [],
  direction: 'ltr' as const,
  format: '' as const,
  indent: 0,
  textFormat: 0,
  textStyle: '',
  version: 1,
})

/**
 * Plain paragraphs as a Lexical document, with no HTML parsing on the way: whatever the text
 * says (`<script>`, `{{…}}`) stays literal text.
 */
export const paragraphsToLexical = (paragraphs: string[]): RichText => ({
  root: {
    type: 'root',
    children: paragraphs.map(paragraphNode),
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
  },
})

// Loaded on first use: under tsx on Node 20, loading this package now and then deadlocks (exit
// 13), so code paths that only need plain paragraphs (text import, its errors) never load it.
const richtext = () => import('@payloadcms/richtext-lexical')

// Building the editor config resolves every Lexical feature; do it once per Payload config.
const editorConfigs = new WeakMap<SanitizedConfig, Promise<SanitizedServerEditorConfig>>()

// The release body's own editor (it has tables, the default editor has not).
const editorConfigFor = (config: SanitizedConfig) => {
  let editorConfig = editorConfigs.get(config)
  if (!editorConfig) {
    const body = config.collections
      .find((c) => c.slug === 'press-releases')
      ?.flattenedFields.find((f) => f.name === 'body')
    editorConfig = richtext().then(({ editorConfigFactory }) =>
      body?.type === 'richText'
        ? editorConfigFactory.fromField({ field: body })
        : editorConfigFactory.default({ config }),
    )
    editorConfigs.set(config, editorConfig)
  }
  return editorConfig
}

/**
 * HTML (headings, paragraphs, lists, tables, links, bold/italic) as a Lexical document, with the
 * editor's own node set. JSDOM parses without running scripts; the HTML must come from a
 * trusted producer (our seed, mammoth), which escapes any text that looks like markup.
 */
export const htmlToLexical = async (html: string, config: SanitizedConfig): Promise<RichText> => {
  const editorConfig = await editorConfigFor(config)
  const { convertHTMLToLexical } = await richtext()
  const state = convertHTMLToLexical({ editorConfig, html: stripLayoutWhitespace(html), JSDOM })
  return state as unknown as RichText
}

// Line breaks and indentation around block tags are source formatting, not content.
export const stripLayoutWhitespace = (html: string): string =>
  html
    .replace(
      /\s*\n\s*(?=<\/?(?:h[1-6]|p|ul|ol|li|blockquote|hr|table|thead|tbody|tr|th|td)\b)/g,
      '',
    )
    .trim()
