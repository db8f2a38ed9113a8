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
  kind: 'heading' | 'paragraph' | 'item' | 'quote'
  text: string
  marker?: string
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
    case 'horizontalrule':
    case 'upload':
    case 'block':
      return []
    default:
      return [{ kind: 'paragraph', text: inlineText(node.children) }]
  }
}

/** The body as plain blocks for the text version; links keep their address in brackets. */
export const textBlocks = (doc: RichText | null | undefined): TextBlock[] =>
  (doc?.root.children ?? [])
    .flatMap((n) => blocksOf(n as LexicalNode))
    .filter((b) => b.text.trim() !== '')
