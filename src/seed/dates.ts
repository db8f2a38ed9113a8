/** Minutes `zone` is ahead of UTC at `date` (in Warsaw: 60 in winter, 120 in summer). */
const offsetMinutes = (date: Date, zone: string): number => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(date)
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'))
  return Math.round((asUtc - Math.floor(date.getTime() / 60000) * 60000) / 60000)
}

/**
 * `days` calendar days after `now` (negative: before), at `hour`:`minute` in the office's `zone`
 * — the way a press office thinks of dates ("the day after tomorrow at 9:00").
 */
export const officeDay = (
  zone: string,
  now: Date,
  days: number,
  hour: number,
  minute = 0,
): Date => {
  const offset = (date: Date) => offsetMinutes(date, zone)
  const shifted = new Date(now.getTime() + days * 86_400_000)
  const local = new Date(shifted.getTime() + offset(shifted) * 60_000)
  const wall = Date.UTC(
    local.getUTCFullYear(),
    local.getUTCMonth(),
    local.getUTCDate(),
    hour,
    minute,
  )
  // The offset at the target instant, not at `now`: the day may be across a DST change.
  const guess = new Date(wall - offset(new Date(wall)) * 60_000)
  return new Date(wall - offset(guess) * 60_000)
}
