import type { Locale } from '../lib/locales'

import { withdrawalStateOf, type VisibilityFields } from '../access/visibility'
import { formatDate } from '../generator/dates'
import { withdrawalWords } from '../newsroom/words'

export type WithdrawalRecord = {
  state?: string | null
  note?: string | null
  at?: string | null
}

/** The notice over a withdrawn release, in `locale` and the office's timezone; null otherwise. */
export const withdrawalNotice = (
  release: VisibilityFields & { withdrawal?: WithdrawalRecord | null },
  locale: Locale,
  timeZone: string,
): string | null => {
  if (withdrawalStateOf(release) !== 'withdrawn') return null
  const words = withdrawalWords[locale]
  const at = release.withdrawal?.at
  const date = at ? formatDate(at, locale, timeZone) : ''
  const reason = release.withdrawal?.note?.trim()
  return (reason ? words.notice.replace('{reason}', reason) : words.noticeNoReason).replace(
    '{date}',
    date,
  )
}
