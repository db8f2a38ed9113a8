/** About as long as a headline a press officer writes. */
export const provisionalHeadlineLength = 90

/**
 * A headline for a release that arrived without one: its first sentence, cut at a word boundary
 * when longer than a headline, without the final full stop. The admin marks it for review.
 */
export const provisionalHeadlineOf = (paragraph: string): string => {
  const text = paragraph.replace(/\s+/g, ' ').trim()
  // A sentence ends at . ! ? or … followed by a capital letter or an opening quote.
  const end = /[.!?…](?=\s+[\p{Lu}\p{N}„"«“])/u.exec(text)
  const sentence = (end ? text.slice(0, end.index + 1) : text).replace(/[.:;,]+$/u, '').trim()
  if (sentence.length <= provisionalHeadlineLength) return sentence
  const cut = sentence.slice(0, provisionalHeadlineLength)
  // Cut before the last, partial word, and never after a one-letter word ("w", "i", "a").
  const atWord = cut.replace(/\s+\S*$/u, '').replace(/(\s+\p{L})+$/u, '')
  return `${(atWord || cut).replace(/[\s,;:–—-]+$/u, '')}…`
}
