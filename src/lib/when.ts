import { intlLocaleOf } from './locales'

/** "3 gru 2026, 09:00" / "3 Dec 2026, 09:00": a moment as the admin shows it, in `timeZone`. */
export const formatWhen = (iso: string, language: string, timeZone: string): string =>
  new Intl.DateTimeFormat(intlLocaleOf(language), {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso))
