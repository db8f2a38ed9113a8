import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { admins } from '../../access/admins'
import { nobody } from '../../access/nobody'
import { hasRole } from '../../access/roles'
import { actorKinds, auditActions } from '../../audit/actions'
import { label } from '../../fields/localizedLabel'
import { refusal } from '../../lib/refusal'
import { auditCsvEndpoint } from './endpoints/csv'

const options = (labels: Record<string, { pl: string; en: string }>) =>
  Object.entries(labels).map(([value, l]) => ({ value, label: l }))

/**
 * Append-only even where access checks are off (a Local API call with overrideAccess): an entry
 * is never changed or deleted by any code path of the app.
 */
const refuseRewrites: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'update' || operation === 'delete') throw refusal(req, 'auditAppendOnly')
  return args
}

/**
 * The audit trail (Dziennik zdarzeń): one entry per change to what the public sees or may see,
 * and per change to who may do what. Written only by src/audit/record.ts; read by admins; no one
 * changes or deletes an entry.
 */
export const AuditEvents: CollectionConfig = {
  slug: 'audit-events',
  labels: {
    singular: label('Zdarzenie', 'Audit event'),
    plural: label('Dziennik zdarzeń', 'Audit trail'),
  },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['at', 'action', 'actorName', 'docCollection', 'docTitle', 'summary', 'reason'],
    group: label('Ustawienia', 'Settings'),
    listSearchableFields: ['docTitle', 'actorName', 'docId'],
    hidden: ({ user }) => !hasRole(user as { role?: 'admin' }, 'admin'),
    description: label(
      'Kto, kiedy i co zmienił w tym, co widzą dziennikarze, oraz w uprawnieniach. Wpisów nie można zmieniać ani usuwać.',
      'Who changed what journalists see, or who may do what, and when. Entries cannot be changed or deleted.',
    ),
    components: { beforeList: ['/src/components/AuditCsv#AuditCsv'] },
  },
  access: { read: admins, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-at',
  hooks: { beforeOperation: [refuseRewrites] },
  endpoints: [auditCsvEndpoint],
  fields: [
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      label: label('Kiedy', 'When'),
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy, HH:mm:ss' } },
    },
    {
      name: 'day',
      type: 'text',
      index: true,
      label: label('Dzień (RRRR-MM-DD)', 'Day (YYYY-MM-DD)'),
    },
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      label: label('Co', 'What'),
      options: options(auditActions),
    },
    {
      name: 'actorKind',
      type: 'select',
      required: true,
      label: label('Kto (rodzaj)', 'Who (kind)'),
      options: options(actorKinds),
    },
    { name: 'actorId', type: 'text', index: true, label: label('Kto (id)', 'Who (id)') },
    { name: 'actorName', type: 'text', label: label('Kto', 'Who') },
    { name: 'docCollection', type: 'text', label: label('Kolekcja', 'Collection') },
    { name: 'docId', type: 'text', index: true, label: label('Dokument (id)', 'Document (id)') },
    { name: 'docTitle', type: 'text', label: label('Dokument', 'Document') },
    { name: 'versionId', type: 'text', label: label('Wersja', 'Version') },
    { name: 'summary', type: 'text', label: label('Zmiana (przed → po)', 'Change (before → after)') },
    { name: 'changes', type: 'json', label: label('Zmiana (dane)', 'Change (data)') },
    { name: 'reason', type: 'textarea', label: label('Powód / komentarz', 'Reason / comment') },
    { name: 'detail', type: 'text', label: label('Szczegóły', 'Details') },
  ],
}
