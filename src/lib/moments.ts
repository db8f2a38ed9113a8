import { format, isValid, parse } from 'date-fns'
import type { Locale } from 'date-fns'
import { tz } from '@date-fns/tz'

/**
 * How the admin writes a moment, and how it reads one typed by hand: "7 gru 2026, 17:35" in
 * Polish, "7 Dec 2026, 17:35" in English (the form formatWhen prints), in the office's zone.
 */
export const momentFormat = 'd MMM yyyy, HH:mm'

/** "7 gru 2026, 17:35": an instant as the office's wall clock shows it, in `locale`'s words. */
export const formatMoment = (at: Date | string, locale: Locale, timeZone: string): string =>
  format(new Date(at), momentFormat, { locale, in: tz(timeZone) })

const folded = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase()

/**
 * The instant a typed text names on the office's clock, or null when it is not exactly a moment
 * in the shown form. Strict on purpose: a half-typed or differently ordered text is refused, never
 * read as some other date (a lenient parser turned "gru 7, 2026 5:35 AM" into July 2001).
 */
export const parseMoment = (text: string, locale: Locale, timeZone: string): Date | null => {
  const parsed = parse(text.trim().replace(/\s+/g, ' '), momentFormat, new Date(), {
    locale,
    in: tz(timeZone),
  })
  if (!isValid(parsed)) return null
  const at = new Date(parsed.getTime())
  return folded(formatMoment(at, locale, timeZone)) === folded(text) ? at : null
}

/** A moment as the API stores it: an ISO 8601 date and time with its offset. */
const isoMoment = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/

export type MomentProblem = 'unreadable' | 'past'

/**
 * Why a moment set for the future (an embargo's end, a scheduled publication) cannot be taken at
 * `now`: not a moment at all, or already past. Null when it is fine or empty.
 */
export const momentProblem = (value: unknown, now: Date): MomentProblem | null => {
  if (value === null || value === undefined || value === '') return null
  const at =
    value instanceof Date
      ? value.getTime()
      : typeof value === 'string' && isoMoment.test(value)
        ? Date.parse(value)
        : NaN
  if (Number.isNaN(at)) return 'unreadable'
  return at <= now.getTime() ? 'past' : null
}

/** Whether two stored moments are the same instant (a save that keeps the embargo as it was). */
export const sameMoment = (a: unknown, b: unknown): boolean => {
  if (!a || !b) return !a && !b
  return new Date(a as string).getTime() === new Date(b as string).getTime()
}
