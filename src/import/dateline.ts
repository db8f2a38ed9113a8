export type Dateline = { place: string; date: Date }

/** Month names as a date names them (Polish and Ukrainian in the genitive), lower case, to 0–11. */
export const months: Record<string, number> = {}
const addMonths = (names: string) => names.split(' ').forEach((name, i) => (months[name] = i))
addMonths(
  'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia',
)
addMonths('january february march april may june july august september october november december')
addMonths('січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня')

// "Kraków, 12 listopada 2026 r.", "Kraków, 12 November 2026", "Краків, 12 листопада 2026 р.",
// "Kraków, 12.11.2026"
const wordDate = /^(\p{Lu}[\p{L} .'’-]{1,40}),\s*(\d{1,2})\s+(\p{L}+)\s+(\d{4})(?:\s*(?:r|р)\.?)?$/u
const numericDate =
  /^(\p{Lu}[\p{L} .'’-]{1,40}),\s*(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*(?:r|р)\.?)?$/u

/** The place and day of a dateline line, or null when the line is not one. */
export const parseDateline = (line: string): Dateline | null => {
  const text = line.trim()
  const words = wordDate.exec(text)
  const numeric = words ? null : numericDate.exec(text)
  const match = words ?? numeric
  if (!match) return null
  const month = words ? months[match[3].toLowerCase()] : Number(match[3]) - 1
  const day = Number(match[2])
  const year = Number(match[4])
  if (month === undefined || month < 0 || month > 11) return null
  // Midday UTC is the same calendar day in every European timezone.
  const date = new Date(Date.UTC(year, month, day, 12))
  if (date.getUTCDate() !== day) return null
  return { place: match[1].trim(), date }
}
