import type { CollectionConfig } from 'payload'

import { nobody } from '../../access/nobody'
import { staff } from '../../access/staff'
import { label } from '../../fields/localizedLabel'
import { appendOnly } from '../shared/appendOnly'
import { releaseEventKindLabels, releaseEventKinds } from '../../record/kinds'

/**
 * The register of changes (Rejestr zmian): the public events of releases — publication, changes,
 * corrections sent, withdrawal, supersession, removal as published in error. Written only by
 * src/record/events.ts; read by staff; shown to the public by the newsroom's register, which asks
 * the visibility rule which of them are public.
 */
export const ReleaseEvents: CollectionConfig = {
  slug: 'release-events',
  labels: {
    singular: label('Zmiana', 'Change'),
    plural: label('Rejestr zmian', 'Register of changes'),
  },
  admin: {
    defaultColumns: ['at', 'kind', 'release', 'note', 'actorName'],
    group: label('Ustawienia', 'Settings'),
    description: label(
      'Publiczne zdarzenia informacji prasowych: publikacje, zmiany, sprostowania, wycofania. Wpisów nie można zmieniać ani usuwać.',
      'Public events of press releases: publications, changes, corrections, withdrawals. Entries cannot be changed or deleted.',
    ),
  },
  access: { read: staff, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-at',
  hooks: { beforeOperation: [appendOnly('recordAppendOnly')] },
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
      name: 'release',
      type: 'relationship',
      relationTo: 'press-releases',
      // Not required: deleting a release (a draft-era mistake) must not be blocked by its events.
      index: true,
      label: label('Informacja prasowa', 'Press release'),
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      label: label('Rodzaj', 'Kind'),
      options: releaseEventKinds.map((value) => ({ value, label: releaseEventKindLabels[value] })),
    },
    {
      name: 'note',
      type: 'textarea',
      localized: true,
      label: label('Nota (publiczna)', 'Note (public)'),
    },
    {
      name: 'supersededBy',
      type: 'relationship',
      relationTo: 'press-releases',
      label: label('Zastąpiona przez', 'Superseded by'),
    },
    { name: 'actorId', type: 'text', label: label('Id osoby', 'Person (id)') },
    {
      name: 'actorName',
      type: 'text',
      // The display name as it was at the time, never the e-mail.
      label: label('Osoba', 'Person'),
    },
    {
      name: 'recipients',
      type: 'number',
      label: label('Odbiorcy', 'Recipients'),
    },
  ],
}
