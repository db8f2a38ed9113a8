/**
 * A PDF content stream read as operators (PDF 32000-1 §7.8.2): enough to see which painting
 * operators sit inside marked content, for the finishing step and the accessibility check.
 * Works on the stream's bytes; operands and operators are read as latin1, one character per byte.
 */
export type Operator = {
  /** The operator, e.g. `Tj`, `BDC`. */
  op: string
  /** Where its first operand (or the operator itself) starts. */
  start: number
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
const literalEnd = (bytes: Buffer, i: number): number => {
  let depth = 0
  for (; i < bytes.length; i++) {
    const c = bytes[i]
    if (c === 92)
      i++ // backslash escapes the next character
    else if (c === 40) depth++
    else if (c === 41 && --depth === 0) return i + 1
  }
  return bytes.length
}

/** The end of the hex string starting at `<` at `i`. */
const hexEnd = (bytes: Buffer, i: number): number => bytes.indexOf(62, i) + 1 || bytes.length

/** The end of the dictionary or array opened at `i` (`<<` or `[`), strings inside skipped. */
const nestedEnd = (bytes: Buffer, i: number): number => {
  let depth = 0
  while (i < bytes.length) {
    const c = bytes[i]
    if (c === 40) {
      i = literalEnd(bytes, i)
      continue
    }
    if (c === 60 && bytes[i + 1] === 60) {
      depth++
      i += 2
    } else if (c === 62 && bytes[i + 1] === 62) {
      depth--
      i += 2
    } else if (c === 60) {
      i = hexEnd(bytes, i)
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
  return bytes.length
}

const code = (word: string) => [...word].reduce((sum, c) => sum * 256 + c.charCodeAt(0), 0)
/**
 * A word of up to four letters as a number (`BDC` is 0x424443), compared without making a
 * string; 0 for a longer one (no operator is).
 */
const codeOf = (bytes: Buffer, from: number, to: number): number => {
  if (to - from > 4) return 0
  let value = 0
  for (let k = from; k < to; k++) value = value * 256 + bytes[k]
  return value
}
const [BDC, BMC, EMC, BT, ET, BI, TRUE, NULL] = 'BDC BMC EMC BT ET BI true null'
  .split(' ')
  .map(code)
const isFalse = (bytes: Buffer, from: number, to: number) =>
  to - from === 5 && bytes.toString('latin1', from, to) === 'false'

/**
 * Walks a content stream token by token, without copying any: `visit` gets each operand's and
 * each operator's bounds, with -1 for an operand and the operator's code (see codeOf) for an
 * operator; `visit` may answer where to go on from instead of the operator's end. A word
 * starting with a digit, a sign or a point is a number operand.
 */
const scan = (
  bytes: Buffer,
  visit: (operator: number, from: number, to: number) => number | void,
): void => {
  const length = bytes.length
  let i = 0
  while (i < length) {
    const c = bytes[i]
    if (isSpace(c)) {
      i++
      continue
    }
    if (c === 37) {
      while (i < length && bytes[i] !== 10 && bytes[i] !== 13) i++
      continue
    }
    const from = i
    if (c === 40) i = literalEnd(bytes, i)
    else if ((c === 60 && bytes[i + 1] === 60) || c === 91) i = nestedEnd(bytes, i)
    else if (c === 60) i = hexEnd(bytes, i)
    else {
      i++
      // A name runs to the next space or delimiter, as a word does; a stray delimiter is one.
      if (c === 47 || !isDelimiter(c))
        while (i < length && !isSpace(bytes[i]) && !isDelimiter(bytes[i])) i++
      const isNumber = (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46
      const operator = c === 47 || isNumber ? -1 : codeOf(bytes, from, i)
      if (operator === -1 || operator === TRUE || operator === NULL || isFalse(bytes, from, i)) {
        visit(-1, from, i) // a name, a number, true, false or null
        continue
      }
      const resume = visit(operator, from, i)
      if (resume !== undefined) {
        i = resume
        continue
      }
      if (operator === BI) {
        // An inline image: its data runs to EI.
        const ei = bytes.indexOf('EI', bytes.indexOf('ID', i) + 2, 'latin1')
        i = ei < 0 ? length : ei + 2
      }
      continue
    }
    visit(-1, from, i)
  }
}

/** The same bytes as a Buffer, not copied. */
export const bufferOf = (bytes: Uint8Array): Buffer =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)

/** Every operator of a content stream, in order. */
export const operatorsOf = (content: Uint8Array | string): Operator[] => {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'latin1') : bufferOf(content)
  const ops: Operator[] = []
  let operands: string[] = []
  let start = -1
  scan(bytes, (operator, from, to) => {
    if (start < 0) start = from
    if (operator === -1) return void operands.push(bytes.toString('latin1', from, to))
    ops.push({ op: bytes.toString('latin1', from, to), start, operands })
    operands = []
    start = -1
  })
  return ops
}

const isWordEnd = (c: number | undefined) => c === undefined || isSpace(c) || isDelimiter(c)
const isWordStart = (c: number | undefined) =>
  c === undefined || isSpace(c) || c === 62 || c === 93 || c === 41 || c === 125

/** Whether the token before `at` is a name or a dictionary, as a BDC's or BMC's operand is. */
const followsOperand = (bytes: Buffer, at: number): boolean => {
  let i = at - 1
  while (i >= 0 && isSpace(bytes[i])) i--
  if (bytes[i] === 62) return bytes[i - 1] === 62 // ">>"
  while (i >= 0 && !isSpace(bytes[i]) && !isDelimiter(bytes[i])) i--
  return bytes[i] === 47 // "/"
}

/**
 * Where the marked-content sequence whose BDC or BMC ends at `from` ends: after its EMC, found
 * with Buffer.indexOf instead of reading every token (19 in 20 of a page Chromium writes are
 * inside one). The end of the stream when it is never closed. Only for a stream with no literal
 * string, comment or inline image (see canSkipMarked): there an operator's letters standing
 * alone, after its operands, are that operator (hex strings hold no "M", and a "BDC" of hex
 * digits follows no name or dictionary).
 */
const markedEnd = (bytes: Buffer, from: number): number => {
  let depth = 1
  let at = from
  // The first "MC" (of BMC or EMC) and "BDC" at or after `at`, -1 for none: each looked for
  // again only once `at` has passed it.
  let mc = bytes.indexOf('MC', at, 'latin1')
  let dc = bytes.indexOf('BDC', at, 'latin1')
  for (;;) {
    if (mc >= 0 && mc < at) mc = bytes.indexOf('MC', at, 'latin1')
    if (dc >= 0 && dc < at) dc = bytes.indexOf('BDC', at, 'latin1')
    const first = mc < 0 ? dc : dc < 0 ? mc - 1 : Math.min(mc - 1, dc)
    if (first < 0) return bytes.length
    const end = first + 3
    at = end
    if (!isWordStart(bytes[first - 1]) || !isWordEnd(bytes[end])) continue
    const operator = codeOf(bytes, first, end)
    if (operator === EMC) depth--
    else if ((operator === BMC || operator === BDC) && followsOperand(bytes, first)) depth++
    else continue
    if (depth === 0) return at
  }
}

/** Whether marked content can be skipped by its operators' letters (see markedEnd). */
const canSkipMarked = (bytes: Buffer) =>
  bytes.indexOf(40) < 0 && bytes.indexOf(37) < 0 && bytes.indexOf('BI', 0, 'latin1') < 0

/** Operators that start something a reader sees: a path, text, an image or form, a shading. */
const paints = new Set(['m', 're', 'Tj', 'TJ', "'", '"', 'Do', 'sh', 'BI'].map(code))
const artifactStart = Buffer.from('/Artifact BMC\n', 'latin1')
const artifactEnd = Buffer.from('EMC\n', 'latin1')

/**
 * The stream with everything that is neither tagged content nor an artifact wrapped as an
 * `/Artifact` (Chromium leaves the page margin boxes, the running footer, untagged), or null
 * when there is none. An artifact never spans the start or end of a text object, nor starts
 * inside a path.
 */
export const artifactsMarked = (content: Uint8Array): Uint8Array | null => {
  const bytes = bufferOf(content)
  const parts: Uint8Array[] = []
  let copied = 0
  const insert = (at: number, what: Uint8Array) => {
    parts.push(bytes.subarray(copied, at), what)
    copied = at
  }
  const skip = canSkipMarked(bytes)
  let depth = 0
  let open = false
  let start = -1
  scan(bytes, (operator, from, to) => {
    if (start < 0) start = from
    if (operator === -1) return
    const at = start
    start = -1
    if (operator === BDC || operator === BMC) {
      if (open) insert(at, artifactEnd)
      open = false
      if (skip && depth === 0) return markedEnd(bytes, to)
      depth++
    } else if (operator === EMC) {
      depth = Math.max(0, depth - 1)
    } else if (operator === BT || operator === ET) {
      if (open) insert(at, artifactEnd)
      open = false
    } else if (depth === 0 && !open && paints.has(operator)) {
      insert(at, artifactStart)
      open = true
    }
  })
  if (!parts.length) return null
  parts.push(bytes.subarray(copied))
  if (open) parts.push(Buffer.from('\nEMC\n', 'latin1'))
  return Buffer.concat(parts)
}
