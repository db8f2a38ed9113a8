/**
 * A PDF content stream read as operators (PDF 32000-1 §7.8.2): enough to see which painting
 * operators sit inside marked content, for the finishing step and the accessibility check.
 * Works on the stream's bytes as latin1 text, one character per byte.
 */
export type Operator = {
  /** The operator, e.g. `Tj`, `BDC`. */
  op: string
  /** Where its first operand (or the operator itself) starts, and where the operator ends. */
  start: number
  end: number
  /** The operands' source text. */
  operands: string[]
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 0
const isDelimiter = (c: number) =>
  c === 40 ||
  c === 41 ||
  c === 60 ||
  c === 62 ||
  c === 91 ||
  c === 93 ||
  c === 123 ||
  c === 125 ||
  c === 47 ||
  c === 37

/** The end of the literal string starting at `(` at `i`. */
const literalEnd = (text: string, i: number): number => {
  let depth = 0
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 92)
      i++ // backslash escapes the next character
    else if (c === 40) depth++
    else if (c === 41 && --depth === 0) return i + 1
  }
  return text.length
}

/** The end of the dictionary or array opened at `i` (`<<` or `[`), strings inside skipped. */
const nestedEnd = (text: string, i: number): number => {
  let depth = 0
  while (i < text.length) {
    const c = text.charCodeAt(i)
    if (c === 40) {
      i = literalEnd(text, i)
      continue
    }
    if (c === 60 && text.charCodeAt(i + 1) === 60) {
      depth++
      i += 2
    } else if (c === 62 && text.charCodeAt(i + 1) === 62) {
      depth--
      i += 2
    } else if (c === 60) {
      i = text.indexOf('>', i) + 1 || text.length
      continue
    } else if (c === 91) {
      depth++
      i++
    } else if (c === 93) {
      depth--
      i++
    } else i++
    if (depth === 0) return i
  }
  return text.length
}

/** Every operator of a content stream, in order. */
export const operatorsOf = (text: string): Operator[] => {
  const ops: Operator[] = []
  let operands: string[] = []
  let start = -1
  let i = 0
  while (i < text.length) {
    const c = text.charCodeAt(i)
    if (isSpace(c)) {
      i++
      continue
    }
    if (c === 37) {
      while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++
      continue
    }
    const from = i
    if (c === 40) i = literalEnd(text, i)
    else if ((c === 60 && text.charCodeAt(i + 1) === 60) || c === 91) i = nestedEnd(text, i)
    else if (c === 60) i = text.indexOf('>', i) + 1 || text.length
    else if (c === 47) {
      i++
      while (i < text.length && !isSpace(text.charCodeAt(i)) && !isDelimiter(text.charCodeAt(i)))
        i++
    } else {
      while (i < text.length && !isSpace(text.charCodeAt(i)) && !isDelimiter(text.charCodeAt(i)))
        i++
      if (i === from) i++ // a stray delimiter
      const word = text.slice(from, i)
      if (
        /^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) ||
        word === 'true' ||
        word === 'false' ||
        word === 'null'
      ) {
        if (start < 0) start = from
        operands.push(word)
        continue
      }
      if (word === 'BI') {
        // An inline image: its data runs to EI.
        const ei = text.indexOf('EI', text.indexOf('ID', i) + 2)
        i = ei < 0 ? text.length : ei + 2
      }
      ops.push({ op: word, start: start < 0 ? from : start, end: i, operands })
      operands = []
      start = -1
      continue
    }
    if (start < 0) start = from
    operands.push(text.slice(from, i))
  }
  return ops
}

/** Operators that start something a reader sees: a path, text, an image or form, a shading. */
const paints = new Set(['m', 're', 'Tj', 'TJ', "'", '"', 'Do', 'sh', 'BI'])

/**
 * The stream with everything that is neither tagged content nor an artifact wrapped as an
 * `/Artifact` (Chromium leaves the page margin boxes, the running footer, untagged), or null
 * when there is none. An artifact never spans the start or end of a text object, nor starts
 * inside a path.
 */
export const artifactsMarked = (text: string): string | null => {
  const ops = operatorsOf(text)
  const inserts: [number, string][] = []
  let depth = 0
  let open = false
  for (const { op, start, end } of ops) {
    if (op === 'BDC' || op === 'BMC') {
      if (open) inserts.push([start, 'EMC\n'])
      open = false
      depth++
    } else if (op === 'EMC') {
      depth = Math.max(0, depth - 1)
    } else if (op === 'BT' || op === 'ET') {
      if (open) inserts.push([start, 'EMC\n'])
      open = false
    } else if (depth === 0 && !open && paints.has(op)) {
      inserts.push([start, '/Artifact BMC\n'])
      open = true
    }
    void end
  }
  if (!inserts.length) return null
  if (open) inserts.push([text.length, '\nEMC\n'])
  let out = ''
  let at = 0
  for (const [position, insert] of inserts) {
    out += text.slice(at, position) + insert
    at = position
  }
  return out + text.slice(at)
}
