import { months } from './dateline'

/** A calendar day a text names; the year only when the text gives one. */
export type NamedDay = { day: number; month: number; year?: number }

const monthNames = Object.keys(months).join('|')
// "12 marca", "12 березня", "On 12 March", "12 March 2027", "12 listopada 2026 r."
const dayFirst = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2})\\s+(${monthNames})(?:\\s+(\\d{4}))?(?![\\p{L}])`,
  'iu',
)
// "March 12", "March 12th, 2027"
const monthFirst = new RegExp(
  `(?<![\\p{L}])(${monthNames})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\p{L}\\p{N}])`,
  'iu',
)

const valid = (day: number, month: number | undefined): month is number =>
  month !== undefined && day >= 1 && day <= 31

/** The first day named in `text` ("12 marca", "On 12 March", "12 березня", "March 12"), or null. */
export const dayNamedIn = (text: string): NamedDay | null => {
  const a = dayFirst.exec(text)
  const b = monthFirst.exec(text)
  const first = a && b ? (a.index <= b.index ? a : null) : a
  if (first) {
    const day = Number(first[1])
    const month = months[first[2].toLowerCase()]
    if (valid(day, month)) return { day, month, ...(first[3] ? { year: Number(first[3]) } : {}) }
  }
  if (b) {
    const day = Number(b[2])
    const month = months[b[1].toLowerCase()]
    if (valid(day, month)) return { day, month, ...(b[3] ? { year: Number(b[3]) } : {}) }
  }
  return null
}

/** The calendar year, month and day `now` is on the office's clock. */
const officeDay = (now: Date, timeZone: string): NamedDay & { year: number } => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    })
      .formatToParts(now)
      .map((p) => [p.type, Number(p.value)]),
  )
  return { year: parts.year, month: parts.month - 1, day: parts.day }
}

/** Midday UTC of a calendar day: the same day in every European timezone; null for "31 lutego". */
export const middayOf = ({ year, month, day }: NamedDay & { year: number }): Date | null => {
  const date = new Date(Date.UTC(year, month, day, 12))
  return date.getUTCMonth() === month && date.getUTCDate() === day ? date : null
}

/** A named day in the year it names, or else the office's current year at `now`. */
export const dateOfNamedDay = (named: NamedDay, now: Date, timeZone: string): Date | null =>
  middayOf({ ...named, year: named.year ?? officeDay(now, timeZone).year })

/** Today on the office's clock, as a release date. */
export const officeToday = (now: Date, timeZone: string): Date =>
  middayOf(officeDay(now, timeZone))!
