import { JSDOM } from 'jsdom'

import { stripControlChars, withoutControlChars } from '../src/lib/controlChars'
import { el, xmlChars, xmlDocument } from '../src/newsroom/xml'

/** A strict XML parser (jsdom's, saxes): anything that is not XML 1.0 is a parser error. */
const { DOMParser } = new JSDOM('').window
const parse = (text: string) => {
  const doc = new DOMParser().parseFromString(text, 'application/xml')
  const error = doc.querySelector('parsererror')
  if (error) throw new Error(error.textContent ?? 'parser error')
  return doc
}

/** A small seeded generator, so a failing string can be found again from the printed seed. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

// Code units and code points weighted towards the ones XML writers get wrong.
const tricky = [
  '\u0000',
  '\u0001',
  '\u000b',
  '\u000c',
  '\u001f',
  '\r',
  '\n',
  '\t',
  '\ud800',
  '\udfff',
  '\ufffe',
  '\uffff',
  '&',
  '<',
  '>',
  '"',
  "'",
  ']]>',
  '&amp;',
  '\u{1f600}',
  'ą',
]

const randomText = (next: () => number) => {
  let text = ''
  const length = Math.floor(next() * 40)
  for (let i = 0; i < length; i++) {
    const pick = next()
    if (pick < 0.4) text += tricky[Math.floor(next() * tricky.length)]
    else if (pick < 0.7) text += String.fromCharCode(Math.floor(next() * 0x10000))
    else text += String.fromCodePoint(Math.floor(next() * 0x110000))
  }
  return text
}

describe('the XML writer', () => {
  it('writes 1,000 documents of random Unicode that a strict parser reads back as the same text', () => {
    const seed = Date.now()
    const next = random(seed)
    for (let i = 0; i < 1000; i++) {
      const [text, attribute] = [randomText(next), randomText(next)]
      const xml = xmlDocument(el('feed', {}, el('title', { label: attribute }, text)))
      let title: Element | null
      try {
        title = parse(xml).querySelector('title')
      } catch (error) {
        throw new Error(
          `seed ${seed}, document ${i}: ${(error as Error).message}\n${JSON.stringify(xml)}`,
        )
      }
      expect([seed, i, title?.textContent ?? '']).toEqual([seed, i, xmlChars(text)])
      expect([seed, i, title?.getAttribute('label')]).toEqual([seed, i, xmlChars(attribute)])
    }
  })

  it('keeps tab, newline and carriage return, in text and in attributes', () => {
    const doc = parse(xmlDocument(el('a', { b: 'x\ty\nz\r' }, 'x\ty\nz\r')))
    expect(doc.documentElement.getAttribute('b')).toBe('x\ty\nz\r')
    expect(doc.documentElement.textContent).toBe('x\ty\nz\r')
  })
})

describe('control characters in saved text', () => {
  it('drops C0 controls but keeps tab and newline, and turns CRLF into a newline', () => {
    expect(stripControlChars('Sesja\u0001 Rady\u000b Miasta\tdnia\r\n5\u0000.\u001f')).toBe(
      'Sesja Rady Miasta\tdnia\n5.',
    )
  })

  it('cleans every string at any depth and leaves passwords and other values as sent', () => {
    const data = {
      headline: 'A\u0007',
      body: { root: { children: [{ text: 'b\u000bc', format: 0 }] } },
      topics: ['t\u0002'],
      password: 'p\u0001',
      count: 3,
      when: new Date(0),
    }
    expect(withoutControlChars(data)).toEqual({
      headline: 'A',
      body: { root: { children: [{ text: 'bc', format: 0 }] } },
      topics: ['t'],
      password: 'p\u0001',
      count: 3,
      when: new Date(0),
    })
  })
})
