import type { Payload, TypedUser } from 'payload'

import { CsvError, parse } from 'csv-parse/sync'

import type { Journalist } from '../payload-types'

import { UserError } from '../lib/errors'
import { isLocale, locales, type Locale } from '../lib/locales'
import { journalistLocale, looksLikeEmail, sendConfirmation } from './subscribe'

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024

export type ImportRow = {
  line: number
  name: string
  email: string
  outlet: string | null
  languages: Locale[]
  topics: string[]
}
export type ImportProblem = { line: number; email: string | null; reason: string }
export type ImportReport = {
  /** Data rows in the file. */
  rows: number
  imported: number
  /** The consent the imported journalists got. */
  consent: 'confirmed' | 'pending'
  /** Rows not imported because something in them is wrong. */
  errors: ImportProblem[]
  /** Rows not imported because the address is already in the file or in the database. */
  duplicates: ImportProblem[]
}

const columns = ['name', 'email', 'outlet', 'languages', 'topics'] as const

/** Lists inside a cell: "pl; en", "pl|en", or "pl, en" in a quoted cell. */
const listOf = (cell: string | undefined) =>
  (cell ?? '')
    .split(/[;,|]/)
    .map((s) => s.trim())
    .filter(Boolean)

/**
 * Reads a whole CSV file (comma or semicolon separated, with a header row naming its columns) into
 * rows and the problems of the rows that cannot be imported. A file that is not a CSV table at all
 * is one UserError; nothing is written either way.
 */
export const parseJournalistCsv = (
  input: string,
): { rows: ImportRow[]; errors: ImportProblem[]; total: number } => {
  const text = input.replace(/^\uFEFF/, '')
  const firstLine = text.split(/\r?\n/, 1)[0] ?? ''
  const delimiter = firstLine.split(';').length > firstLine.split(',').length ? ';' : ','
  let records: { record: string[]; info: { lines: number } }[]
  try {
    records = parse(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as typeof records
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as unknown as { lines?: number }).lines
      throw new UserError(`The file is not a valid CSV table${line ? ` (line ${line})` : ''}: ${error.message.replace(/^Invalid [^:]*: /, '')}`)
    }
    throw error
  }
  if (records.length === 0) throw new UserError('The file is empty: a header row and one journalist per row were expected.')
  const header = records[0].record.map((h) => h.toLowerCase())
  const missing = ['name', 'email'].filter((c) => !header.includes(c))
  if (missing.length) {
    throw new UserError(
      `The first row must name the columns (${columns.join(', ')}); missing: ${missing.join(', ')}.`,
    )
  }
  const at = Object.fromEntries(columns.map((c) => [c, header.indexOf(c)])) as Record<
    (typeof columns)[number],
    number
  >
  const cell = (record: string[], column: (typeof columns)[number]) =>
    at[column] >= 0 ? (record[at[column]] ?? '').trim() : ''
  const rows: ImportRow[] = []
  const errors: ImportProblem[] = []
  for (const { record, info } of records.slice(1)) {
    const line = info.lines
    const email = cell(record, 'email').toLowerCase()
    const problem = (reason: string) => errors.push({ line, email: email || null, reason })
    if (record.length > header.length) {
      problem(`${record.length} cells where the header has ${header.length}.`)
      continue
    }
    const name = cell(record, 'name')
    if (!name) {
      problem('No name.')
      continue
    }
    if (!email) {
      problem('No e-mail address.')
      continue
    }
    if (!looksLikeEmail(email)) {
      problem(`"${cell(record, 'email')}" is not an e-mail address.`)
      continue
    }
    const languages = listOf(cell(record, 'languages')).map((l) => l.toLowerCase())
    const unknown = languages.filter((l) => !isLocale(l))
    if (unknown.length) {
      problem(`Unknown language ${unknown.join(', ')} (use ${locales.join(', ')}).`)
      continue
    }
    rows.push({
      line,
      name: name.slice(0, 200),
      email,
      outlet: cell(record, 'outlet').slice(0, 200) || null,
      languages: languages.length ? [...new Set(languages as Locale[])] : ['pl'],
      topics: [...new Set(listOf(cell(record, 'topics')))],
    })
  }
  return { rows, errors, total: records.length - 1 }
}

/**
 * Imports journalists from a CSV file: bad rows and duplicates (within the file, and against the
 * database, case-insensitively) are reported with their line numbers, the rest are created.
 * Consent: a file is no proof that anyone agreed, so imported journalists are `pending` and get
 * the double opt-in mail, unless the staff member asserts they already consented (an existing
 * press list) — then `confirmed`, source `import`.
 */
export const importJournalists = async (
  payload: Payload,
  csv: string,
  options: { user: TypedUser; consentConfirmed: boolean; now?: Date },
): Promise<ImportReport> => {
  const { rows, errors, total } = parseJournalistCsv(csv)
  const duplicates: ImportProblem[] = []
  const firstLine = new Map<string, number>()
  const unique = rows.filter((row) => {
    const first = firstLine.get(row.email)
    if (first !== undefined) {
      duplicates.push({ line: row.line, email: row.email, reason: `Same address as line ${first}.` })
      return false
    }
    firstLine.set(row.email, row.line)
    return true
  })
  const known = new Set<string>()
  for (let i = 0; i < unique.length; i += 200) {
    const { docs } = await payload.find({
      collection: 'journalists',
      where: { email: { in: unique.slice(i, i + 200).map((r) => r.email) } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { email: true },
    })
    for (const d of docs) known.add(d.email.toLowerCase())
  }
  const consent = options.consentConfirmed ? 'confirmed' : 'pending'
  const created: (Pick<Journalist, 'id' | 'name' | 'email'> & { languages: Locale[] })[] = []
  for (const row of unique) {
    if (known.has(row.email)) {
      duplicates.push({ line: row.line, email: row.email, reason: 'Already in the database.' })
      continue
    }
    try {
      const doc = await payload.create({
        collection: 'journalists',
        data: {
          name: row.name,
          email: row.email,
          outlet: row.outlet,
          languages: row.languages,
          topics: row.topics,
          consent,
          consentSource: 'import',
        },
        user: options.user,
        overrideAccess: false,
        depth: 0,
      })
      created.push({ id: doc.id, name: doc.name, email: doc.email, languages: row.languages })
    } catch (error) {
      errors.push({ line: row.line, email: row.email, reason: (error as Error).message })
    }
  }
  if (consent === 'pending' && created.length) {
    // One after another in the background: the report does not wait for the mail server.
    void (async () => {
      for (const j of created) {
        await sendConfirmation(payload, j, journalistLocale(j), options.now).catch((err) =>
          payload.logger.error({ err }, `The confirmation mail to ${j.email} could not be sent`),
        )
      }
    })()
  }
  errors.sort((a, b) => a.line - b.line)
  duplicates.sort((a, b) => a.line - b.line)
  return { rows: total, imported: created.length, consent, errors, duplicates }
}
