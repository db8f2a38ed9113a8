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

const folded = (text: string) =>
  text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\b0(\d)/g, '$1')
    .toLocaleLowerCase()

/**
 * The forms a moment may be typed in besides the shown one: how Polish offices write dates by hand
 * ("15.12.2026 10:00", "15.12.2026, 10.00"), the month written out ("15 grudnia 2026, 10:00") and
 * ISO ("2026-12-15 10:00"). Every one names the day before the month or is ISO, so none is
 * ambiguous; leading zeros are optional.
 */
const typedForms = [
  momentFormat,
  'd MMM yyyy HH:mm',
  'd MMMM yyyy, HH:mm',
  'd MMMM yyyy HH:mm',
  'd.M.yyyy H:mm',
  'd.M.yyyy, H:mm',
  'd.M.yyyy H.mm',
  'd.M.yyyy, H.mm',
  'yyyy-M-d H:mm',
]

/**
 * The instant a typed text names on the office's clock, or null when it is not exactly a moment
 * in one of the typed forms. Strict on purpose: a half-typed or differently ordered text is
 * refused, never read as some other date (a lenient parser turned "gru 7, 2026 5:35 AM" into July
 * 2001): the text must read back the same in the form that read it.
 */
export const parseMoment = (text: string, locale: Locale, timeZone: string): Date | null => {
  const clean = text.trim().replace(/\s+/g, ' ')
  for (const form of typedForms) {
    const parsed = parse(clean, form, new Date(), { locale, in: tz(timeZone) })
    if (!isValid(parsed)) continue
    const at = new Date(parsed.getTime())
    if (folded(format(at, form, { locale, in: tz(timeZone) })) === folded(clean)) return at
  }
  return null
}

/** "wtorek, 15 grudnia 2026, 10:00": a typed moment read back in full, so a slip shows at once. */
export const readBackMoment = (at: Date, locale: Locale, timeZone: string): string =>
  format(at, 'EEEE, d MMMM yyyy, HH:mm', { locale, in: tz(timeZone) })

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

/** The two ways the admin suggests to type `at`: "7 gru 2026, 13:05" and "7.12.2026 13:05". */
export const momentExamples = (at: Date, locale: Locale, timeZone: string) => ({
  example: formatMoment(at, locale, timeZone),
  numeric: format(at, 'd.MM.yyyy HH:mm', { locale, in: tz(timeZone) }),
})
