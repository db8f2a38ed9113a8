import type { ReviewedCollection } from '../access/secondPairOfEyes'

type Localized = Record<string, unknown> | string | null | undefined

/** The text in a Lexical tree (its text nodes), enough to know whether there is any. */
const lexicalText = (node: unknown): string => {
  if (!node || typeof node !== 'object') return ''
  const n = node as { text?: unknown; children?: unknown[]; root?: unknown }
  if (n.root) return lexicalText(n.root)
  return (typeof n.text === 'string' ? n.text : '') + (n.children ?? []).map(lexicalText).join('')
}

/** Every language's value of a field read with `locale: 'all'` (or the one value). */
const values = (field: Localized): unknown[] =>
  field && typeof field === 'object' && !('root' in field) ? Object.values(field) : [field]

/**
 * Whether a release has text to review in any language (a lead or a body), a pack an
 * introduction or a release: a headline alone is nothing to decide on.
 */
export const hasText = (collection: ReviewedCollection, doc: Record<string, unknown>): boolean => {
  if (collection === 'press-packs')
    return (
      values(doc.intro as Localized).some((v) => typeof v === 'string' && v.trim() !== '') ||
      (Array.isArray(doc.releases) && doc.releases.length > 0)
    )
  return (
    values(doc.lead as Localized).some((v) => typeof v === 'string' && v.trim() !== '') ||
    values(doc.body as Localized).some((v) => lexicalText(v).trim() !== '')
  )
}
