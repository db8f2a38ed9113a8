import { type ReleaseParts, isPreambleLine, splitRelease, type SplitOptions } from './parse'
import { reflow, splitLines } from './reflow'

/**
 * A plain-text release into its parts. Label and dateline lines at the very top count as
 * paragraphs of their own even when no blank line follows them.
 */
export const parseText = (text: string, options: SplitOptions = {}): ReleaseParts => {
  const lines = splitLines(text)
  const out: string[] = []
  let inPreamble = true
  for (const line of lines) {
    if (inPreamble && line.trim() === '') {
      out.push(line)
      continue
    }
    if (inPreamble && isPreambleLine(line)) {
      out.push(line, '')
      continue
    }
    inPreamble = false
    out.push(line)
  }
  const blocks = reflow(out.join('\n')).map((text) => ({ kind: 'paragraph' as const, text }))
  return splitRelease(blocks, options)
}
