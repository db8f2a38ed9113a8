/**
 * Hard-wrapped text (as copied out of a PDF) back into paragraphs: a blank line separates
 * paragraphs, the lines inside one are joined with a space. A line that ends in a hyphen after a
 * letter is joined to the next without a space and keeps its hyphen ("samo-" + "rząd" →
 * "samo-rząd"): we cannot tell a soft line-break hyphen from a real one ("polsko-" + "ukraiński"),
 * so the text stays as written and an editor decides.
 */
export const reflow = (text: string): string[] =>
  splitLines(text)
    .join('\n')
    .split(/\n\s*\n/)
    .map(joinLines)
    .filter((paragraph) => paragraph.length > 0)

/** Lines without BOM, carriage returns, form feeds or trailing blanks. */
export const splitLines = (text: string): string[] =>
  text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?|\f|\u2028|\u2029/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00A0]+$/, ''))

const endsWithWordHyphen = /\p{L}[-\u00AD\u2010]$/u

const joinLines = (paragraph: string): string =>
  paragraph
    .split('\n')
    .map((line) => line.trim().replace(/[ \t]{2,}/g, ' '))
    .filter(Boolean)
    .reduce((joined, line) => {
      if (!joined) return line
      return endsWithWordHyphen.test(joined) ? joined + line : `${joined} ${line}`
    }, '')
