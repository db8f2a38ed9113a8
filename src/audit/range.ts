import type { Where } from 'payload'

const dayPattern = /^\d{4}-\d{2}-\d{2}$/

export type RangeBound = { field: 'from' | 'to'; value: string }

/** A bound the CSV's range cannot read: the field it came from. */
export class BadRangeBound extends Error {
  constructor(readonly field: 'from' | 'to') {
    super(`${field} is not a day or a moment`)
  }
}

const isRealDay = (value: string) => {
  const ms = Date.parse(`${value}T00:00:00Z`)
  return !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(value)
}

/**
 * The entries between `from` and `to`, each optional: a day (YYYY-MM-DD, the office's calendar
 * day, `to` inclusive) or an ISO moment. Anything else throws BadRangeBound naming the field.
 */
export const auditRangeWhere = (from?: string | null, to?: string | null): Where => {
  const bound = (field: 'from' | 'to', value: string | null | undefined): Where | null => {
    const text = value?.trim()
    if (!text) return null
    if (dayPattern.test(text)) {
      if (!isRealDay(text)) throw new BadRangeBound(field)
      return { day: field === 'from' ? { greater_than_equal: text } : { less_than_equal: text } }
    }
    const ms = /^\d{4}-\d{2}-\d{2}T/.test(text) ? Date.parse(text) : Number.NaN
    if (Number.isNaN(ms)) throw new BadRangeBound(field)
    const at = new Date(ms).toISOString()
    return { at: field === 'from' ? { greater_than_equal: at } : { less_than_equal: at } }
  }
  const parts = [bound('from', from), bound('to', to)].filter((w): w is Where => w !== null)
  return parts.length ? { and: parts } : {}
}
