import type { Payload, TypedUser } from 'payload'

import { CsvError, parse } from 'csv-parse'

import type { Journalist } from '../payload-types'

import { refused } from '../lib/errors'
import { type CustomKey, wordsIn } from '../lib/translations'
import { defaultLocale, isLocale, journalistLocale, locales, type Locale } from '../lib/locales'
import { inOneTransaction } from '../payload-patches/oneTransaction'
import { slices } from '../lib/slices'
import { DatabaseUnavailableError } from '../lib/unavailable'
import { looksLikeEmail, sendConfirmation } from './subscribe'

/**
 * What one CSV import may be. A city's press list is hundreds of addresses; 2,000 rows is room for
 * a region's. The rows are written in one transaction, which on SQLite holds the write lock
 * until the last: more rows would keep other saves waiting longer.
 */
export const journalistImportLimits = { bytes: 2 * 1024 * 1024, rows: 2_000 }

/** The encodings a CSV is read in: UTF-8, or else what Excel writes on a Polish Windows. */
export type CsvEncoding = 'utf-8' | 'windows-1250'

export type ImportRow = {
  line: number
  name: string
  email: string
  outlet: string | null
  languages: Locale[]
  topics: string[]
}
/** Why a row was not imported: its key, and the sentence in the asker's language. */
export type ImportProblem = { line: number; email: string | null; key: CustomKey; reason: string }

/** Words a row's reason: in the asker's language at the HTTP edge, else in English. */
export type SayReason = (key: CustomKey, vars?: Record<string, unknown>) => string
export type ImportReport = {
  /** Data rows in the file. */
  rows: number
  /** How the file's bytes were read: not UTF-8 is taken as Windows-1250. */
  encoding: CsvEncoding
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
 * The file's text: UTF-8 (with or without a BOM) when its bytes are valid UTF-8, else Windows-1250,
 * which is what Excel on a Polish Windows saves as "CSV": every byte is a character there, so
 * Polish letters come out right and Latin-1 text keeps its common letters. A NUL (a binary file,
 * or UTF-16) is refused with its line.
 */
export const decodeCsv = (bytes: Uint8Array): { text: string; encoding: CsvEncoding } => {
  let text: string
  let encoding: CsvEncoding = 'utf-8'
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    encoding = 'windows-1250'
    text = new TextDecoder('windows-1250').decode(bytes)
  }
  const nul = text.indexOf('\0')
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length
    throw refused('refuseJournalistsNul', { line }, 422)
  }
  return { text, encoding }
}

type CsvRecord = { record: string[]; info: { lines: number } }

const tooManyRows = () =>
  refused(
    'refuseJournalistsTooManyRows',
    { rows: journalistImportLimits.rows.toLocaleString('en') },
    413,
  )

/** The records of a CSV text, parsed a slice at a time; more than the row limit is refused. */
const csvRecords = async (text: string, delimiter: string): Promise<CsvRecord[]> => {
  const records: CsvRecord[] = []
  const parser = parse({
    delimiter,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
  })
  let failure: unknown
  const finished = new Promise((resolve, reject) => {
    parser.once('end', resolve)
    parser.once('error', reject)
  })
  finished.catch((error: unknown) => (failure ??= error))
  parser.on('data', (record: CsvRecord) => records.push(record))
  const slice = slices()
  for (let at = 0; at < text.length && !failure; at += 16 * 1024) {
    parser.write(text.slice(at, at + 16 * 1024))
    // The header row and one row over the limit are enough to refuse.
    if (records.length > journalistImportLimits.rows + 1) {
      parser.destroy()
      throw tooManyRows()
    }
    await slice()
  }
  parser.end()
  await finished.catch(() => {})
  if (failure instanceof CsvError) {
    const line = (failure as unknown as { lines?: number }).lines
    const detail = failure.message.replace(/^Invalid [^:]*: /, '')
    throw line
      ? refused('refuseJournalistsNotCsvAt', { line, detail })
      : refused('refuseJournalistsNotCsv', { detail })
  }
  if (failure) throw failure
  if (records.length > journalistImportLimits.rows + 1) throw tooManyRows()
  return records
}

/**
 * Reads a whole CSV text (comma or semicolon separated, with a header row naming its columns) into
 * rows and the problems of the rows that cannot be imported. A file that is not a CSV table at all,
 * or has more rows than the limit, is one UserError; nothing is written either way.
 */
export const parseJournalistCsv = async (
  input: string,
  say: SayReason = wordsIn('en'),
): Promise<{ rows: ImportRow[]; errors: ImportProblem[]; total: number }> => {
  const text = input.replace(/^\uFEFF/, '')
  const firstLine = text.split(/\r?\n/, 1)[0] ?? ''
  const delimiter = firstLine.split(';').length > firstLine.split(',').length ? ';' : ','
  const records = await csvRecords(text, delimiter)
  if (records.length === 0) throw refused('refuseJournalistsEmpty')
  const header = records[0].record.map((h) => h.toLowerCase())
  const missing = ['name', 'email'].filter((c) => !header.includes(c))
  if (missing.length) {
    throw refused('refuseJournalistsColumns', {
      columns: columns.join(', '),
      missing: missing.join(', '),
    })
  }
  const at = Object.fromEntries(columns.map((c) => [c, header.indexOf(c)])) as Record<
    (typeof columns)[number],
    number
  >
  const cell = (record: string[], column: (typeof columns)[number]) =>
    at[column] >= 0 ? (record[at[column]] ?? '').trim() : ''
  const rows: ImportRow[] = []
  const errors: ImportProblem[] = []
  const slice = slices()
  for (const { record, info } of records.slice(1)) {
    await slice()
    const line = info.lines
    const email = cell(record, 'email').toLowerCase()
    const problem = (key: CustomKey, vars?: Record<string, unknown>) =>
      errors.push({ line, email: email || null, key, reason: say(key, vars) })
    if (record.length > header.length) {
      problem('journalistsImportRowCells', { cells: record.length, columns: header.length })
      continue
    }
    const name = cell(record, 'name')
    if (!name) {
      problem('journalistsImportRowNoName')
      continue
    }
    if (!email) {
      problem('journalistsImportRowNoEmail')
      continue
    }
    if (!looksLikeEmail(email)) {
      problem('journalistsImportRowNotEmail', { value: cell(record, 'email') })
      continue
    }
    const languages = listOf(cell(record, 'languages')).map((l) => l.toLowerCase())
    const unknown = languages.filter((l) => !isLocale(l))
    if (unknown.length) {
      problem('journalistsImportRowLanguage', {
        languages: unknown.join(', '),
        known: locales.join(', '),
      })
      continue
    }
    rows.push({
      line,
      name: name.slice(0, 200),
      email,
      outlet: cell(record, 'outlet').slice(0, 200) || null,
      languages: languages.length ? [...new Set(languages as Locale[])] : [defaultLocale],
      topics: [...new Set(listOf(cell(record, 'topics')))],
    })
  }
  return { rows, errors, total: records.length - 1 }
}

/**
 * Imports journalists from a CSV file: bad rows and duplicates (within the file, and against the
 * database, case-insensitively) are reported with their line numbers, the rest are created, all in
 * one transaction: should one of them fail to save, none is kept, and the refusal names its line.
 * The work is done in slices, so the server answers other requests meanwhile.
 * Consent: a file is no proof that anyone agreed, so imported journalists are `pending` and get
 * the double opt-in mail, unless the staff member asserts they already consented (an existing
 * press list) — then `confirmed`, source `import`.
 */
export const importJournalists = async (
  payload: Payload,
  file: Uint8Array,
  options: { user: TypedUser; consentConfirmed: boolean; now?: Date; say?: SayReason },
): Promise<ImportReport> => {
  if (file.length > journalistImportLimits.bytes) throw tooLarge()
  const say = options.say ?? wordsIn('en')
  const { text, encoding } = decodeCsv(file)
  const { rows, errors, total } = await parseJournalistCsv(text, say)
  const duplicates: ImportProblem[] = []
  const duplicate = (row: ImportRow, key: CustomKey, vars?: Record<string, unknown>) =>
    duplicates.push({ line: row.line, email: row.email, key, reason: say(key, vars) })
  const firstLine = new Map<string, number>()
  const unique = rows.filter((row) => {
    const first = firstLine.get(row.email)
    if (first !== undefined) {
      duplicate(row, 'journalistsImportRowSameAs', { line: first })
      return false
    }
    firstLine.set(row.email, row.line)
    return true
  })
  const slice = slices()
  const known = new Set<string>()
  for (let i = 0; i < unique.length; i += 200) {
    await slice()
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
  let row: ImportRow | undefined
  try {
    await inOneTransaction(payload, options.user, async (req) => {
      for (row of unique) {
        if (known.has(row.email)) {
          duplicate(row, 'journalistsImportRowKnown')
          continue
        }
        await slice()
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
          req,
          overrideAccess: false,
          depth: 0,
        })
        created.push({ id: doc.id, name: doc.name, email: doc.email, languages: row.languages })
      }
    })
  } catch (error) {
    // The database failing is not the row's fault: that answers as it would anywhere else.
    const status = (error as { status?: number }).status ?? 0
    if (!row || error instanceof DatabaseUnavailableError || status >= 500) throw error
    throw refused(
      'refuseJournalistsRowFailed',
      { line: row.line, email: row.email, detail: (error as Error).message },
      422,
    )
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
  return { rows: total, encoding, imported: created.length, consent, errors, duplicates }
}

export const tooLarge = () =>
  refused('refuseJournalistsTooLarge', { mb: journalistImportLimits.bytes / 1024 / 1024 }, 413)
