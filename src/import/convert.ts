import { JSDOM } from 'jsdom'

import { searchTextOf } from '../collections/PressReleases/hooks/maintainSearchText'
import { paragraphsToLexical, type RichText, stripLayoutWhitespace } from '../lib/lexical'
import { refused } from '../lib/errors'
import { docxToHtml, htmlBlocks } from './docx'
import { checkFormattedPieces, checkParagraphs, checkTextSize } from './limits'
import { type ReleaseParts, splitRelease } from './parse'
import { parseText } from './text'

export type ConvertInput = {
  bytes: Uint8Array
  /** The name the messages use. */
  file: string
  format: 'text' | 'docx'
  headline?: string
}

/** A release ready to save: its fields and the search text they make. */
export type ConvertedRelease = Omit<ReleaseParts, 'body'> & { body: RichText; searchText: string }

/**
 * A file's bytes into a release's fields: decoding, parsing, sanitizing, Lexical and the search
 * text, every step that costs time. Runs in the import's worker; throws UserError.
 */
export const convertRelease = async (input: ConvertInput): Promise<ConvertedRelease> => {
  const { file } = input
  const split = { headline: input.headline, file }
  let parts: ReleaseParts
  let body: RichText
  if (input.format === 'docx') {
    parts = splitRelease(htmlBlocks(await docxToHtml(Buffer.from(input.bytes), file)), split)
    checkLimits(parts, file)
    body = await importHtmlToLexical(parts.body.map((b) => b.html ?? '').join(''))
    checkFormattedPieces(textNodesIn(body.root), file)
  } else {
    parts = parseText(decodeUtf8(input.bytes, file), split)
    checkLimits(parts, file)
    body = paragraphsToLexical(parts.body.map((b) => b.text))
  }
  const { body: _blocks, ...fields } = parts
  return {
    ...fields,
    body,
    searchText: searchTextOf({ headline: parts.headline, lead: parts.lead, body }),
  }
}

const checkLimits = (parts: ReleaseParts, file: string) => {
  checkParagraphs(parts.body.length + parts.quotes.length, file)
  const texts = [
    parts.headline,
    parts.subheadline ?? '',
    parts.lead ?? '',
    ...parts.quotes.map((q) => q.text),
  ]
  checkTextSize([...texts, ...parts.body.map((b) => b.text)], file)
}

type LexicalNode = { type?: string; children?: LexicalNode[] }

const textNodesIn = (node: LexicalNode): number =>
  (node.type === 'text' ? 1 : 0) +
  (node.children ?? []).reduce((sum, child) => sum + textNodesIn(child), 0)

const decodeUtf8 = (bytes: Uint8Array, file: string): string => {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw refused('refuseImportNotUtf8', { file })
  }
  if (text.trim() === '') throw refused('refuseImportEmpty', { file })
  return text
}

// Payload's own converter with the nodes of the editor's default features that HTML after
// sanitizing can make (headings, quotes, lists, links). The editor config is built from the whole
// Payload config and cannot cross into a worker; tests/import-worker.test.ts checks that this gives
// what the editor config gives.
const importHtmlToLexical = async (html: string): Promise<RichText> => {
  const { HeadingNode, QuoteNode } = await import('@lexical/rich-text')
  const { ListItemNode, ListNode } = await import('@lexical/list')
  const { AutoLinkNode, convertHTMLToLexical, LinkNode } =
    await import('@payloadcms/richtext-lexical')
  const nodes = [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, AutoLinkNode]
  const editorConfig = { features: { nodes } } as unknown as Parameters<
    typeof convertHTMLToLexical
  >[0]['editorConfig']
  return convertHTMLToLexical({
    editorConfig,
    html: stripLayoutWhitespace(html),
    JSDOM,
  }) as unknown as RichText
}
