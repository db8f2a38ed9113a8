import { stringify } from 'csv-stringify/sync'

import type { Changes } from './changes'

import { summaryOf } from './changes'

export type AuditRow = {
  at: string
  day?: string | null
  action: string
  actorKind?: string | null
  actorId?: string | null
  actorName?: string | null
  docCollection?: string | null
  docId?: string | null
  docTitle?: string | null
  versionId?: string | null
  changes?: unknown
  summary?: string | null
  reason?: string | null
  detail?: string | null
}

const columns = [
  'at',
  'day',
  'action',
  'actorKind',
  'actorId',
  'actorName',
  'collection',
  'documentId',
  'documentTitle',
  'versionId',
  'change',
  'reason',
  'detail',
] as const

/**
 * The audit trail as CSV for an auditor's spreadsheet: a BOM so Excel reads UTF-8 (Polish
 * letters), and any cell that a spreadsheet would run as a formula (starting with =, +, -, @, a tab
 * or a carriage return) is prefixed with an apostrophe (csv-stringify's `escape_formulas`): the
 * names, titles and reasons in it were typed by people, and some by people outside the office.
 */
export const auditCsv = (rows: AuditRow[]): string =>
  stringify(
    rows.map((row) => [
      row.at,
      row.day ?? '',
      row.action,
      row.actorKind ?? '',
      row.actorId ?? '',
      row.actorName ?? '',
      row.docCollection ?? '',
      row.docId ?? '',
      row.docTitle ?? '',
      row.versionId ?? '',
      row.summary ?? summaryOf(row.changes as Changes | null),
      row.reason ?? '',
      row.detail ?? '',
    ]),
    {
      header: true,
      columns: [...columns],
      bom: true,
      escape_formulas: true,
      record_delimiter: '\r\n',
    },
  )
