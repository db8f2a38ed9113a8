import type { ReviewedCollection } from '../access/secondPairOfEyes'

import { correctableFields } from '../corrections/kinds'

/** The fields that make up what a reader gets: a change to any of them is writing. */
export const contentFields: Record<ReviewedCollection, string[]> = {
  // What a reader reads (one list with the change kinds), and where and under which topics.
  'press-releases': [...correctableFields, 'slug', 'topics'],
  'press-packs': ['title', 'date', 'intro', 'releases', 'coverImage', 'slug'],
}

const isDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value))

/**
 * A value as it compares: the admin sends back what it was given with small differences (a
 * relation as an object, an empty list for nothing, a date in another ISO form), none of which
 * is writing.
 */
const canonical = (value: unknown): unknown => {
  if (value === undefined || value === null || value === '') return null
  if (typeof value === 'string') return isDate(value) ? new Date(value).toISOString() : value
  if (Array.isArray(value)) {
    const items = value.map(canonical)
    return items.length ? items : null
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>
    // A populated relation or upload compares by its id.
    if ('id' in record && ('createdAt' in record || 'updatedAt' in record)) return record.id
    if ('relationTo' in record && 'value' in record) return canonical(record.value)
    const keys = Object.keys(record).sort()
    const out: Record<string, unknown> = {}
    for (const key of keys) {
      const v = canonical(record[key])
      if (v !== null) out[key] = v
    }
    return Object.keys(out).length ? out : null
  }
  return value
}

/** Whether two stored values say the same, as the admin and the database write them. */
export const same = (a: unknown, b: unknown) =>
  JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))

/** Whether a save's data changes the content of the stored document (fields it names only). */
export const contentChanged = (
  collection: ReviewedCollection,
  data: Record<string, unknown>,
  stored: Record<string, unknown>,
): boolean =>
  contentFields[collection].some((field) => field in data && !same(data[field], stored[field]))
