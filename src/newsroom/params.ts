/** What a visitor may type into the newsroom's URLs, read leniently: bad values mean "none". */

export const MAX_QUERY = 500

const first = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value

/** `?page=`: a positive whole number, else 1. */
export const pageParam = (value: string | string[] | undefined): number => {
  const n = Number(first(value))
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1
}

/** `?topic=`: free text a staff member typed as a topic; trimmed and bounded, never interpreted. */
export const topicParam = (value: string | string[] | undefined): string | undefined => {
  const text = first(value)?.trim()
  return text ? text.slice(0, 100) : undefined
}

/** `?year=` and `?month=`: a year in a sane range, a month 1–12. */
export const yearParam = (value: string | string[] | undefined): number | undefined => {
  const n = Number(first(value))
  return Number.isInteger(n) && n >= 1990 && n <= 2200 ? n : undefined
}

export const monthParam = (value: string | string[] | undefined): number | undefined => {
  const n = Number(first(value))
  return Number.isInteger(n) && n >= 1 && n <= 12 ? n : undefined
}

/** `?q=`: at most MAX_QUERY characters; longer input is cut, not refused. */
export const queryParam = (value: string | string[] | undefined): string =>
  (first(value) ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY)

/** A release or pack slug as the slug field makes them: anything else cannot exist. */
export const isSlug = (value: string): boolean => /^[a-z0-9][a-z0-9-]{0,199}$/.test(value)
