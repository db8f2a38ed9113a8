import archiver from 'archiver'
import { PassThrough } from 'node:stream'

import { importLimits } from '../../src/import/limits'
import { journalistImportLimits } from '../../src/distribution/importJournalists'

/** A .docx of the given `word/document.xml` body, as Word lays out the package's minimum. */
export const docxOf = async (
  bodyParts: Iterable<string>,
  extra: { name: string; data: Buffer | string }[] = [],
): Promise<Buffer> => {
  const archive = archiver('zip', { zlib: { level: 6 } })
  const out = new PassThrough()
  const chunks: Buffer[] = []
  out.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise((resolve) => out.on('end', resolve))
  archive.pipe(out)
  archive.append(
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    { name: '[Content_Types].xml' },
  )
  archive.append(
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    { name: '_rels/.rels' },
  )
  const xml = [
    '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>',
    ...bodyParts,
    '</w:body></w:document>',
  ].join('')
  archive.append(xml, { name: 'word/document.xml' })
  for (const { name, data } of extra) archive.append(data, { name })
  await archive.finalize()
  await done
  return Buffer.concat(chunks)
}

// What Word writes around each run: fonts, size, language. It is what makes real files large.
const runProperties = (format: string) =>
  `<w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Times New Roman"/>${format}<w:sz w:val="22"/><w:lang w:val="pl-PL"/></w:rPr>`
const formats = ['<w:b/>', '<w:i/>', '<w:u w:val="single"/>', '<w:b/><w:i/>', '']

/**
 * The costliest .docx the import limits allow: the most paragraphs, words and characters, split
 * into as many runs of their own formatting as a release may have (so each run is a Lexical text
 * node of its own), padded between runs up to the text-size limit, and the most pictures.
 */
export const worstAllowedDocx = async (): Promise<{
  bytes: Buffer
  paragraphs: number
  words: number
}> => {
  // With the headline and the dateline, as many paragraphs as a file may have.
  const paragraphs = importLimits.paragraphs - 2
  const perParagraph = Math.floor((importLimits.words - 100) / paragraphs)
  // The lead (the first paragraph) is a plain field: only the body's pieces count.
  const runsPerParagraph = Math.floor(importLimits.formattedPieces / (paragraphs - 1))
  const wordsPerRun = Math.ceil(perParagraph / runsPerParagraph)
  // "Słowo123 " is 9 characters or fewer: under 10,000 words stay under 100,000 characters.
  const head = [
    '<w:p><w:r><w:t>Miasto otwiera nowy park nad Wisłą</w:t></w:r></w:p>',
    '<w:p><w:r><w:t>Kraków, 12 listopada 2026 r.</w:t></w:r></w:p>',
  ]
  const runs: string[][] = []
  let n = 0
  let run = 0
  for (let p = 0; p < paragraphs; p++) {
    const paragraph: string[] = []
    for (let w = 0; w < perParagraph; w += wordsPerRun, run++) {
      const words: string[] = []
      for (let k = w; k < Math.min(w + wordsPerRun, perParagraph); k++, n++) {
        // Each paragraph ends as a sentence, so none is taken for a subheadline.
        words.push(`Słowo${n % 1000}${k === perParagraph - 1 ? '.' : ''} `)
      }
      paragraph.push(
        `<w:r>${runProperties(formats[run % formats.length])}<w:t xml:space="preserve">${words.join('')}</w:t></w:r>`,
      )
    }
    runs.push(paragraph)
  }
  const size = runs.flat().reduce((sum, run) => sum + run.length + 1, 0) + paragraphs * 20
  const pad = ' '.repeat(
    Math.max(0, Math.floor((importLimits.docxTextBytes - 64 * 1024 - size) / run)),
  )
  const body = [...head, ...runs.map((paragraph) => `<w:p>${paragraph.join(pad)}</w:p>`)]
  const pictures = Array.from({ length: importLimits.images }, (_, i) => ({
    name: `word/media/image${i + 1}.png`,
    data: Buffer.alloc(1024, i),
  }))
  return { bytes: await docxOf(body, pictures), paragraphs, words: n }
}

/** A journalists CSV with `rows` valid rows (distinct addresses), as the admin's import takes it. */
export const journalistsCsv = (rows: number, mark = 'j'): string => {
  const lines = ['name,email,outlet,languages,topics']
  for (let i = 0; i < rows; i++) {
    lines.push(
      `Dziennikarka ${i} Żółć,${mark}${i}@redakcja.test,Gazeta Krakowska,pl;en,kultura;sport`,
    )
  }
  return `${lines.join('\n')}\n`
}

export const largestAllowedCsv = () => journalistsCsv(journalistImportLimits.rows)
