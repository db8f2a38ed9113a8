/**
 * Node 20 sometimes never settles an import of @payloadcms/richtext-lexical (and so of the
 * Payload config): each @lexical/* package's Node entry is a top-level `await import()`, and when
 * several of them evaluate at once the graph can stall, and the process exits 0 having done
 * nothing. Loading them one at a time first avoids it. Call before importing payload.config in
 * any script.
 */
const order = [
  'lexical',
  '@lexical/utils',
  '@lexical/selection',
  '@lexical/clipboard',
  '@lexical/html',
  '@lexical/list',
  '@lexical/link',
  '@lexical/mark',
  '@lexical/table',
  '@lexical/rich-text',
  '@lexical/headless',
]

export const preloadLexical = async (): Promise<void> => {
  for (const name of order) {
    try {
      await import(name)
    } catch {
      // Not installed here: nothing to order.
    }
  }
}
