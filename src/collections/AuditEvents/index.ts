import type { CollectionConfig, Field, FieldHook } from 'payload'

import { admins } from '../../access/admins'
import { nobody } from '../../access/nobody'
import { isAdmin } from '../../access/roles'
import { actorKinds, auditActions } from '../../audit/actions'
import { showActor, showChange, showCollection } from '../../audit/shown'
import { label } from '../../fields/localizedLabel'
import { appendOnly } from '../shared/appendOnly'
import { auditCsvEndpoint } from './endpoints/csv'

const options = (labels: Record<string, { pl: string; en: string }>) =>
  Object.entries(labels).map(([value, l]) => ({ value, label: l }))

/** A column worded on the server for the reader (src/audit/shown.ts); never stored. */
const virtualText = (
  name: string,
  fieldLabel: { pl: string; en: string },
  afterRead: FieldHook,
): Field => ({
  name,
  type: 'text',
  virtual: true,
  label: fieldLabel,
  admin: { readOnly: true, disableListFilter: true },
  hooks: { afterRead: [afterRead] },
})

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
    defaultColumns: [
      'at',
      'action',
      'shownActor',
      'shownCollection',
      'docTitle',
      'shownChange',
      'reason',
    ],
    group: label('Ustawienia', 'Settings'),
    listSearchableFields: ['docTitle', 'actorName', 'docId'],
    hidden: ({ user }) => !isAdmin(user as Parameters<typeof isAdmin>[0]),
    description: label(
      'Kto, kiedy i co zmienił w tym, co widzą dziennikarze, oraz w uprawnieniach. Wpisów nie można zmieniać ani usuwać.',
      'Who changed what journalists see, or who may do what, and when. Entries cannot be changed or deleted.',
    ),
    components: { beforeListTable: ['/src/components/AuditCsv#AuditCsv'] },
  },
  access: { read: admins, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-at',
  hooks: { beforeOperation: [appendOnly('auditAppendOnly')] },
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
    { name: 'actorId', type: 'text', index: true, label: label('Id osoby', 'Person (id)') },
    {
      name: 'actorName',
      type: 'text',
      // The name as it was at the time; searched and filtered as "Osoba".
      label: label('Osoba', 'Person'),
    },
    virtualText('shownActor', label('Kto', 'Who'), showActor),
    { name: 'docCollection', type: 'text', label: label('Kolekcja (klucz)', 'Collection (key)') },
    virtualText('shownCollection', label('Kolekcja', 'Collection'), showCollection),
    { name: 'docId', type: 'text', index: true, label: label('Id dokumentu', 'Document (id)') },
    { name: 'docTitle', type: 'text', label: label('Dokument', 'Document') },
    { name: 'versionId', type: 'text', label: label('Wersja', 'Version') },
    {
      name: 'summary',
      type: 'text',
      label: label('Zmiana (zapis techniczny)', 'Change (technical)'),
    },
    virtualText('shownChange', label('Zmiana (przed → po)', 'Change (before → after)'), showChange),
    { name: 'changes', type: 'json', label: label('Zmiana (dane)', 'Change (data)') },
    { name: 'reason', type: 'textarea', label: label('Powód / komentarz', 'Reason / comment') },
    { name: 'detail', type: 'text', label: label('Szczegóły', 'Details') },
  ],
}
