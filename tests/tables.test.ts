import type { Locale } from '../src/lib/locales'

import { BrowserPool } from '../src/generator/browser'
import { textBlocks } from '../src/generator/lexical'
import { exportRelease } from '../src/generator/release'
import { bodyToHtml } from '../src/generator/sanitizeBody'
import { seed } from '../src/seed'
import { citizensBudget } from '../src/seed/releases/citizensBudget'
import { makeRelease } from './helpers/content'
import { doc, paragraph, table } from './helpers/lexical'
import { bootPayload, type TestPayload } from './helpers/payload'
import { pdfPages } from './helpers/pdf'
import { checkPdfAccessibility, failedCheckpoints } from './helpers/pdfAccessibility'

let t: TestPayload
let pool: BrowserPool
let budgetId: number

beforeAll(async () => {
  t = await bootPayload('tables')
  pool = new BrowserPool({ size: 2 })
  await seed(t.payload)
  const { docs } = await t.payload.find({
    collection: 'press-releases',
    where: { headline: { equals: citizensBudget.text.pl.headline } },
    limit: 1,
    overrideAccess: true,
  })
  budgetId = docs[0].id
}, 120_000)
afterAll(async () => {
  await pool?.close()
  await t?.destroy()
})

// Typography glues one-letter words to the next with a no-break space; compare words.
const plain = (text: string) => text.replace(/\u00a0/g, ' ')

const exported = async (id: number, kind: 'html' | 'txt' | 'pdf', locale: Locale = 'pl') => {
  const [file] = await exportRelease(t.payload, id, [kind], { locale, overrideAccess: true, pool })
  return file.data
}

// The sample table in each language: its first header, a row header, and that row's figures.
const sample: Record<Locale, { head: string; row: string; city: string; total: string }> = {
  pl: { head: 'Dziedzina', row: 'Zieleń i rekreacja', city: 'Ogólnomiejskie', total: 'Razem' },
  en: { head: 'Field', row: 'Green spaces and recreation', city: 'City-wide', total: 'Total' },
  uk: { head: 'Сфера', row: 'Зелені зони та відпочинок', city: 'Загальноміські', total: 'Разом' },
}

describe('a table in a release body (the sample budget release)', () => {
  it.each(['pl', 'en', 'uk'] as const)(
    'HTML in %s: the header row in a thead with scope="col", row headers with scope="row"',
    async (locale) => {
      const html = plain(String(await exported(budgetId, 'html', locale)))
      const { head, row, city } = sample[locale]
      expect(html).toMatch(
        new RegExp(`<thead><tr><th scope="col"><p>${head}</p></th><th scope="col"><p>${city}</p>`),
      )
      expect(html).toContain(`<th scope="row"><p>${row}</p></th><td><p>12</p></td>`)
      expect(html).not.toMatch(/<th(?=[\s>])(?![^>]*scope="(col|row)")[^>]*>/)
    },
  )

  it.each(['pl', 'en', 'uk'] as const)(
    'TXT in %s: every row as "Header: value" lines, rows apart',
    async (locale) => {
      const text = plain(String(await exported(budgetId, 'txt', locale)))
      const { head, row, city, total } = sample[locale]
      expect(text).toContain(`\n\n${head}: ${row}\n${city}: 12\n`)
      expect(text).toContain(`${total}: 39\n\n${head}: `)
      expect(text).toContain(`${head}: ${total}\n${city}: 31\n`)
    },
  )

  it.each(['pl', 'en', 'uk'] as const)(
    'PDF in %s: the cells in its text, and the TH/Scope and table checkpoints pass',
    async (locale) => {
      const pdf = (await exported(budgetId, 'pdf', locale)) as Uint8Array
      const text = plain((await pdfPages(pdf)).join('\n'))
      const { head, row, city } = sample[locale]
      for (const cell of [head, row, city, '63', '94'])
        expect([cell, text.includes(cell)]).toEqual([cell, true])
      expect(failedCheckpoints(await checkPdfAccessibility(pdf))).toEqual([])
    },
  )
})

describe('a table a member of staff typed', () => {
  const hostile = doc(
    paragraph('Wyniki:'),
    table([
      ['Nazwa', 'Opis'],
      ['<script>alert(1)</script>', '<img src=x onerror=alert(2)> & {{title}}'],
    ]),
  )

  it('renders hostile HTML in a cell inert, as text, in the HTML export', async () => {
    const release = await makeRelease(t.payload, { body: hostile as never })
    const html = String(await exported(release.id, 'html'))
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt; &amp; {{title}}')
    expect(html).not.toContain('<script>alert')
    expect(html).not.toContain('<img src=x')
    const text = String(await exported(release.id, 'txt'))
    expect(text).toContain('Nazwa: <script>alert(1)</script>\nOpis: <img src=x')
  })

  it('says which way a header cell heads: a header column gives scope="row", no header row gives no thead', () => {
    const columnHeaders = table([
      ['Poniedziałek', '6:00–22:00'],
      ['Wtorek', '6:00–20:00'],
    ])
    for (const row of columnHeaders.children as { children: Record<string, unknown>[] }[])
      row.children.forEach((cell, i) => (cell.headerState = i === 0 ? 2 : 0))
    const html = bodyToHtml(doc(columnHeaders) as never)
    expect(html).toBe(
      '<table><tbody><tr><th scope="row"><p>Poniedziałek</p></th><td><p>6:00–22:00</p></td></tr>' +
        '<tr><th scope="row"><p>Wtorek</p></th><td><p>6:00–20:00</p></td></tr></tbody></table>',
    )
    // With no header row to name the values, the text keeps each row on one line.
    expect(textBlocks(doc(columnHeaders) as never)).toEqual([
      { kind: 'table', text: 'Poniedziałek | 6:00–22:00\nWtorek | 6:00–20:00' },
    ])
  })
})
