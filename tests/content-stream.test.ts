import { artifactsMarked, operatorsOf } from '../src/generator/contentStream'

const marked = (text: string) => {
  const result = artifactsMarked(Buffer.from(text, 'latin1'))
  return result && Buffer.from(result).toString('latin1')
}

// A page as Chromium writes it: the running footer untagged, then tagged text, an untagged rule
// between two tagged paragraphs, glyphs as hex strings.
const page = [
  'q BT /F4 10 Tf 1 0 0 -1 90 1081 Tm <0056> Tj 4.79 0 Td <0057> Tj ET Q',
  '/P <</MCID 0 >>BDC BT /F7 12 Tf <0033> Tj ET EMC',
  '0 655 2 72 re f',
  '/NonStruct <</MCID 1 >>BDC BT <00BD> Tj ET EMC',
].join('\n')

describe('marking what is neither tagged nor an artifact', () => {
  it('wraps the untagged footer and the rule between tagged paragraphs, and nothing else', () => {
    expect(marked(page)).toBe(
      [
        'q BT /F4 10 Tf 1 0 0 -1 90 1081 Tm /Artifact BMC\n<0056> Tj 4.79 0 Td <0057> Tj EMC\nET Q',
        '/P <</MCID 0 >>BDC BT /F7 12 Tf <0033> Tj ET EMC',
        '/Artifact BMC\n0 655 2 72 re f',
        'EMC\n/NonStruct <</MCID 1 >>BDC BT <00BD> Tj ET EMC',
      ].join('\n'),
    )
  })

  it('skips tagged content by its operators’ letters only where nothing else can hold them', () => {
    // A comment turns the skipping off: the stream is read token by token, with the same result.
    const read = marked(`${page}\n% the same page, read token by token`)
    expect(read).toBe(`${marked(page)}\n% the same page, read token by token`)
  })

  it('is not misled by "BDC" in a hex string, "EMC" in a name, or nested marked content', () => {
    const tricky = [
      '/P <</MCID 0 >>BDC BT <12 BDC 34> Tj ET /EMC gs /Span <</MCID 1 >>BDC <00BD> Tj EMC',
      '/Artifact BMC 0 0 5 5 re f EMC',
      'EMC',
      '0 0 1 1 re f',
    ].join('\n')
    const expected = tricky.replace('\n0 0 1 1 re f', '\n/Artifact BMC\n0 0 1 1 re f\nEMC\n')
    expect(marked(tricky)).toBe(expected)
    // The same, read token by token (a literal string turns the skipping off).
    const literal = tricky.replace('<12 BDC 34>', '(12 BDC 34)')
    expect(marked(literal)).toBe(expected.replace('<12 BDC 34>', '(12 BDC 34)'))
  })

  it('answers null for a stream with nothing to mark', () => {
    expect(marked('/P <</MCID 0 >>BDC BT <0033> Tj ET EMC\n/Artifact BMC 0 0 1 1 re f EMC')).toBe(
      null,
    )
  })
})

describe('reading a content stream as operators', () => {
  it('gives each operator its operands, from a string or bytes alike', () => {
    const text = '/P <</MCID 3 >>BDC [(a) -20 <0041>] TJ 1 0 0 -1 9.5 10 Tm true false null d0 EMC'
    const ops = operatorsOf(text)
    expect(ops.map(({ op, operands }) => [op, operands])).toEqual([
      ['BDC', ['/P', '<</MCID 3 >>']],
      ['TJ', ['[(a) -20 <0041>]']],
      ['Tm', ['1', '0', '0', '-1', '9.5', '10']],
      ['d0', ['true', 'false', 'null']],
      ['EMC', []],
    ])
    expect(operatorsOf(Buffer.from(text, 'latin1'))).toEqual(ops)
  })
})
