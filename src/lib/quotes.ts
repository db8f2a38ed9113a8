/** How long a quote may be where a line names it (lists, notices, refusals). */
const summaryLength = 70

/** The one short form of a quote's words: the start, cut with "…" when longer than a line. */
export const quoteSummary = (text: string): string =>
  text.length > summaryLength ? `${text.slice(0, summaryLength - 1)}…` : text
