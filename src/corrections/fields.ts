import type { Field } from 'payload'

import { label } from '../fields/localizedLabel'
import { clearNotesOfRecordedChange } from './hooks'

const keptError = '/src/components/KeptFieldError#KeptFieldError'

// Shown only while the release is published (its public copy; a draft over it included).
const whilePublished = (data: Record<string, unknown> | undefined) =>
  (data?.publicationStatus as { state?: string } | undefined)?.state === 'published'

/**
 * What the editor says about a change to a published release. Both are consumed by the save that
 * publishes the change (recorded as a release event, then emptied), so the form shows them empty
 * for each new change; a draft keeps them, so the reviewer sees what the writer said.
 */
export const changeFields = (): Field[] => [
  {
    type: 'collapsible',
    label: label('Zmiana opublikowanej informacji', 'Change to a published release'),
    admin: { condition: whilePublished, initCollapsed: false },
    fields: [
      {
        name: 'changeKind',
        type: 'select',
        label: label('Rodzaj zmiany', 'Kind of change'),
        options: [
          { value: 'minor', label: label('Poprawka drobna', 'Minor change') },
          { value: 'update', label: label('Aktualizacja', 'Update') },
          { value: 'correction', label: label('Sprostowanie', 'Correction') },
        ],
        admin: {
          // A refusal of the save names this field: its reason stays in view (see the component).
          components: { Error: keptError },
          description: label(
            'Wymagany przy zmianie treści opublikowanej informacji. Poprawka drobna (literówka, formatowanie): bez notki, daty bez zmian. Aktualizacja (nowe fakty) i sprostowanie (błąd w treści): publiczna notka pod tytułem, w kanałach i w rejestrze zmian; informacja dostaje datę „zaktualizowano”.',
            'Required to change the content of a published release. Minor (a typo, formatting): no note, the dates stay. Update (new facts) and correction (an error in the text): a public note under the headline, in the feeds and in the register of changes; the release gets an "updated" date.',
          ),
        },
      },
      {
        name: 'changeNote',
        type: 'textarea',
        localized: true,
        label: label('Notka o zmianie', 'Change note'),
        admin: {
          condition: (data) => data?.changeKind === 'update' || data?.changeKind === 'correction',
          components: { Error: keptError },
          description: label(
            'Publiczna, w każdym języku, w którym informacja jest opublikowana (przełącz język u góry). Np. „Poprawiono liczbę przyjętych dzieci: 3 214, nie 3 241”.',
            'Public, in every language the release is published in (switch the language at the top). E.g. "Corrected the number of children admitted: 3,214, not 3,241".',
          ),
        },
        hooks: { beforeChange: [clearNotesOfRecordedChange] },
      },
    ],
  },
  {
    // The public notes of the release's updates and corrections, oldest first, every language at
    // once: what the page, the documents and the feeds show (the register reads release-events).
    name: 'changeNotes',
    type: 'json',
    admin: { hidden: true, readOnly: true, disableListColumn: true, disableListFilter: true },
    access: { create: () => false, update: () => false },
  },
  {
    // "Last updated": the time of the newest update or correction (a minor change keeps it).
    name: 'lastMajorChangeAt',
    type: 'date',
    admin: { hidden: true, readOnly: true, disableListColumn: true, disableListFilter: true },
    access: { create: () => false, update: () => false },
  },
]
