/** How a change to a published release is recorded (GOV.UK's minor / major change). */
export const changeKinds = ['minor', 'update', 'correction'] as const
export type ChangeKind = (typeof changeKinds)[number]

export const isChangeKind = (value: unknown): value is ChangeKind =>
  typeof value === 'string' && (changeKinds as readonly string[]).includes(value)

/** A major change moves "last updated", carries a public note and may be mailed again. */
export const isMajorChange = (kind: ChangeKind): boolean => kind !== 'minor'

/**
 * What a release reads for content to a reader: a change to any of these on a published release
 * is a change the record must carry. Workflow, review, slug and topics are not.
 */
export const correctableFields = [
  'headline',
  'subheadline',
  'place',
  'date',
  'lead',
  'body',
  'easyRead',
  'quotes',
  'media',
  'boilerplates',
  'contacts',
  'releaseType',
  'embargoUntil',
] as const

/** The localized ones, compared language by language. */
export const localizedCorrectable = new Set(['headline', 'subheadline', 'lead', 'body', 'easyRead'])

/** One update or correction as the release keeps it for its readers (`changeNotes`). */
export type PublishedNote = {
  kind: Exclude<ChangeKind, 'minor'>
  /** ISO time of the publication of the change. */
  at: string
  note: Partial<Record<string, string>>
}
