import type { PressRelease } from '../payload-types'

export type RichText = NonNullable<PressRelease['body']>

export type LexicalNode = {
  type: string
  text?: string
  tag?: string
  listType?: string
  children?: LexicalNode[]
  fields?: { url?: string; linkType?: string }
  [key: string]: unknown
}

const mapNode = (node: LexicalNode, fn: (text: string) => string): LexicalNode => ({
  ...node,
  ...(typeof node.text === 'string' ? { text: fn(node.text) } : {}),
  ...(Array.isArray(node.children) ? { children: node.children.map((c) => mapNode(c, fn)) } : {}),
})

/** A copy of the document with `fn` applied to every text node (typography on text, not HTML). */
export const mapText = (doc: RichText, fn: (text: string) => string): RichText => ({
  ...doc,
  root: {
    ...doc.root,
    children: doc.root.children.map((c) =>
      mapNode(c as LexicalNode, fn),
    ) as RichText['root']['children'],
  },
})

export type TextBlock = {
  kind: 'heading' | 'paragraph' | 'item' | 'quote' | 'table'
  /** For a table: its lines, one per cell or row (see tableBlocks). */
  text: string
  marker?: string
}

// Lexical's cell header state is a bit set: 1 for a cell of a header row (it heads a column),
// 2 for a cell of a header column (it heads a row); a corner cell has both.
export const headsColumn = (cell: LexicalNode): boolean => (Number(cell.headerState) & 1) === 1
export const headsRow = (cell: LexicalNode): boolean => (Number(cell.headerState) & 2) === 2

/** How many rows at the top of a table are header rows (every cell heads its column). */
export const headerRowCount = (table: LexicalNode): number => {
  const rows = table.children ?? []
  const first = rows.findIndex((row) => !row.children?.length || !row.children.every(headsColumn))
  return first === -1 ? rows.length : first
}

export const isSafeHref = (url: string): boolean => /^(https?:|mailto:)/i.test(url.trim())

const inlineText = (nodes: LexicalNode[] = []): string =>
  nodes
    .map((node) => {
      if (node.type === 'linebreak') return '\n'
      if (node.type === 'tab') return ' '
      if (typeof node.text === 'string') return node.text
      const inner = inlineText(node.children)
      const url = node.fields?.url
      if ((node.type === 'link' || node.type === 'autolink') && url && isSafeHref(url)) {
        const shown = url.replace(/^mailto:/i, '')
        return inner.includes(shown) ? inner : `${inner} (${shown})`
      }
      return inner
    })
    .join('')

const blocksOf = (node: LexicalNode): TextBlock[] => {
  switch (node.type) {
    case 'heading':
      return [{ kind: 'heading', text: inlineText(node.children) }]
    case 'quote':
      return [{ kind: 'quote', text: inlineText(node.children) }]
    case 'list':
      return (node.children ?? []).flatMap((item, i) => {
        const nested = (item.children ?? []).filter((c) => c.type === 'list')
        const own = (item.children ?? []).filter((c) => c.type !== 'list')
        const marker = node.listType === 'number' ? `${i + 1}.` : '–'
        const mine: TextBlock[] = own.length
          ? [{ kind: 'item', marker, text: inlineText(own) }]
          : []
        return [...mine, ...nested.flatMap(blocksOf)]
      })
    case 'table':
      return tableBlocks(node)
    case 'horizontalrule':
    case 'upload':
    case 'block':
      return []
    default:
      return [{ kind: 'paragraph', text: inlineText(node.children) }]
  }
}

const cellText = (cell: LexicalNode): string =>
  (cell.children ?? [])
    .flatMap(blocksOf)
    .map((b) => b.text.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .join(' ')

/**
 * A table for the text version, readable when pasted into an article in any font: under a header
 * row, each row is a group of "Header: value" lines; with no header row, a row is one line of
 * cells between " | ".
 */
const tableBlocks = (table: LexicalNode): TextBlock[] => {
  const rows = (table.children ?? []).map((row) => (row.children ?? []).map(cellText))
  const heads = headerRowCount(table)
  if (!heads || heads === rows.length)
    return [{ kind: 'table', text: rows.map((cells) => cells.join(' | ')).join('\n') }]
  const labels = rows[heads - 1]
  return rows.slice(heads).map((cells) => ({
    kind: 'table',
    text: cells
      .map((value, i) => (value && labels[i] ? `${labels[i]}: ${value}` : value))
      .filter(Boolean)
      .join('\n'),
  }))
}

/** The body as plain blocks for the text version; links keep their address in brackets. */
export const textBlocks = (doc: RichText | null | undefined): TextBlock[] =>
  (doc?.root.children ?? [])
    .flatMap((n) => blocksOf(n as LexicalNode))
    .filter((b) => b.text.trim() !== '')
