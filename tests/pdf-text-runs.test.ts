import { readFileSync } from 'node:fs'
import { inflateSync } from 'node:zlib'
import { PDFArray, PDFDocument, PDFName, PDFRawStream, type PDFRef } from 'pdf-lib'

import { BrowserPool } from '../src/generator/browser'
import { printHtml } from '../src/generator/pdf'
import { printStylesheets } from '../src/generator/assets'
import { templatePath } from '../src/generator/paths'
import { operatorsOf } from '../src/generator/contentStream'

let pool: BrowserPool
beforeAll(() => {
  pool = new BrowserPool({ size: 1 })
})
afterAll(() => pool?.close())

/** How many glyph runs (Tj) and how many moves between them (Td) the first page draws. */
const textOperators = async (bytes: Uint8Array) => {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  const contents = doc.getPage(0).node.get(PDFName.of('Contents'))
  const refs = contents instanceof PDFArray ? contents.asArray() : [contents]
  const ops = refs.flatMap((ref) =>
    operatorsOf(inflateSync((doc.context.lookup(ref as PDFRef) as PDFRawStream).contents)),
  )
  return {
    runs: ops.filter((o) => o.op === 'Tj').length,
    moves: ops.filter((o) => o.op === 'Td').length,
  }
}

const faces = [
  ['Noto Serif', 400, 'normal'],
  ['Noto Serif', 700, 'normal'],
  ['Noto Serif', 400, 'italic'],
  ['Noto Sans', 400, 'normal'],
  ['Noto Sans', 600, 'normal'],
  ['Noto Sans', 700, 'normal'],
] as const

describe('the document fonts', () => {
  it.each(faces)(
    '%s %s %s writes a line of Polish and of Ukrainian as runs of glyphs, not glyph by glyph',
    async (family, weight, style) => {
      const line = (lang: string, text: string) =>
        `<p lang="${lang}" style="font: ${style} ${weight} 14px '${family}'; white-space: nowrap">${text}</p>`
      const html = `<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>x</title>
${printStylesheets()
  .map((href) => `<link rel="stylesheet" href="${href}">`)
  .join('\n')}</head><body>
${line('pl', 'Rada Miasta przyjęła budżet obywatelski na przyszły rok')}
${line('uk', 'Міська рада ухвалила громадський бюджет на наступний рік')}
</body></html>`
      const { runs, moves } = await textOperators(await printHtml(pool, html))
      // At 1,000 units per em every glyph came with a move: 108–109 here. At 2,048 a move is
      // left where kerning shifts a glyph or the text goes on in another file (Latin Extended): 21–30.
      expect(runs).toBeGreaterThan(0)
      expect(moves).toBeLessThan(40)
    },
  )
})

describe('the document stylesheet', () => {
  it('sets every font size in whole CSS pixels, where the advances are exact', () => {
    const css = readFileSync(templatePath('styles/print.css'), 'utf8')
    const sizes = [...css.matchAll(/font-size:\s*([\d.]+)(pt|px)/g)].map(([, value, unit]) => ({
      size: `${value}${unit}`,
      px: unit === 'pt' ? (Number(value) * 4) / 3 : Number(value),
    }))
    expect(sizes.length).toBeGreaterThan(20)
    expect(sizes.filter(({ px }) => Math.abs(px - Math.round(px)) > 1e-9)).toEqual([])
  })
})
