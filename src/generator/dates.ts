import { intlLocaleOf, type Locale } from '../lib/locales'

// Making an Intl.DateTimeFormat costs far more than formatting with one (a list page formats
// twenty dates), so each locale, zone and style is made once.
const formatters = new Map<string, Intl.DateTimeFormat>()
const formatter = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
  const key = `${locale}|${JSON.stringify(options)}`
  let made = formatters.get(key)
  if (!made) formatters.set(key, (made = new Intl.DateTimeFormat(locale, options)))
  return made
}

/** "15 października 2025 r.", "15 October 2025", "15 жовтня 2025 р." */
export const formatDate = (iso: string, locale: Locale, timeZone: string): string => {
  const text = formatter(intlLocaleOf(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(new Date(iso))
  return locale === 'pl' && !text.endsWith('r.') ? `${text} r.` : text
}

export const formatTime = (iso: string, locale: Locale, timeZone: string): string =>
  formatter(intlLocaleOf(locale), { hour: '2-digit', minute: '2-digit', timeZone }).format(
    new Date(iso),
  )

/** The zone as readers know it ("CET", "CEST"), from English names, which are the common ones. */
export const formatZone = (iso: string, timeZone: string): string => {
  const parts = formatter('en-GB', { timeZone, timeZoneName: 'short' }).formatToParts(new Date(iso))
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone
  return name.startsWith('GMT') ? `${name} (${timeZone})` : name
}

/** Fills `{date}`, `{time}`, `{zone}` in a pattern from templates/labels.json. */
export const formatMoment = (
  pattern: string,
  iso: string,
  locale: Locale,
  timeZone: string,
): string =>
  pattern
    .replace('{date}', formatDate(iso, locale, timeZone))
    .replace('{time}', formatTime(iso, locale, timeZone))
    .replace('{zone}', formatZone(iso, timeZone))
