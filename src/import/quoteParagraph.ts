/** A body paragraph that is a quotation with its attribution, as found in an imported file. */
export type FoundQuote = {
  text: string
  /** The attribution as written: "the Mayor of Kraków, Aleksander Miszalski". */
  speaker: string
}

const open = '["“„«]'
const close = '["”»]'
const saidEn =
  'said|says|added|adds|explained|explains|stressed|stresses|noted|notes|emphasised|emphasized|commented|announced'
const saidPl =
  'powiedział|powiedziała|mówi|mówił|mówiła|dodaje|dodał|dodała|podkreśla|podkreślił|podkreśliła|zaznacza|zaznaczył|zaznaczyła|wyjaśnia|wyjaśnił|wyjaśniła|stwierdza|stwierdził|stwierdziła|informuje|poinformował|poinformowała|zapowiada|zapowiedział|zapowiedziała|przekonuje|tłumaczy'
const saidUk =
  'сказав|сказала|каже|зазначив|зазначила|зазначає|заявив|заявила|заявляє|додав|додала|додає|наголосив|наголосила|наголошує|підкреслив|підкреслила|підкреслює|пояснив|пояснила|пояснює'
const said = `${saidEn}|${saidPl}|${saidUk}`

// „…” – powiedział X.   "…," said X.   «…», – сказав X.
const verbFirst = new RegExp(
  `^${open}(.+)${close}\\s*,?\\s*(?:[–—-]\\s*)?(?:${said})\\s+(.+?)[.]?$`,
  'u',
)
// "…," X said.   „…” – X powiedział.
const verbLast = new RegExp(
  `^${open}(.+)${close}\\s*,?\\s*(?:[–—-]\\s*)?(.+?)\\s+(?:${said})[.]?$`,
  'u',
)

/** The quotation and its speaker when a paragraph is a quotation with an attribution, else null. */
export const quoteOf = (paragraph: string): FoundQuote | null => {
  const text = paragraph.replace(/\s+/g, ' ').trim()
  const match = verbFirst.exec(text) ?? verbLast.exec(text)
  if (!match) return null
  const words = match[1].trim().replace(/[,]$/u, '').trim()
  const speaker = match[2].trim()
  // A speaker is a few words that name someone, not a sentence that goes on.
  if (words.length < 10 || speaker.length > 120 || !/\p{Lu}/u.test(speaker)) return null
  // Two quotations in one paragraph ("…” – said A. „…”): kept as text.
  if (/["”»]\s*[,–—-].*["“„«]/u.test(words)) return null
  return { text: words, speaker }
}

const nameWord = /^\p{Lu}[\p{L}'’.-]*$/u

/**
 * A speaker's name and role from an attribution: "the Mayor of Kraków, Aleksander Miszalski",
 * "Aleksander Miszalski, prezydent Krakowa", "мер Кракова Олександр Мішальський".
 */
export const nameAndRole = (speaker: string): { name: string; role: string | null } => {
  const parts = speaker.split(/\s*,\s*/u).filter(Boolean)
  const isName = (part: string) => part.split(/\s+/u).every((w) => nameWord.test(w))
  const named = parts.findIndex(isName)
  if (parts.length > 1 && named >= 0) {
    const role = parts.filter((_, i) => i !== named).join(', ')
    return { name: parts[named], role: tidyRole(role) }
  }
  // No comma: the name is the capitalised words at the end (two of them when more follow a role).
  const words = speaker.split(/\s+/u)
  let start = words.length
  while (start > 0 && nameWord.test(words[start - 1])) start -= 1
  if (start === 0) return { name: speaker, role: null }
  const from = Math.max(start, words.length - 3)
  const nameStart = words.length - from > 2 && start > 0 ? words.length - 2 : from
  return {
    name: words.slice(nameStart).join(' '),
    role: tidyRole(words.slice(0, nameStart).join(' ')),
  }
}

const tidyRole = (role: string): string | null => {
  const cleaned = role.replace(/^(the|a|an)\s+/iu, '').trim()
  return cleaned ? cleaned.charAt(0).toUpperCase() + cleaned.slice(1) : null
}

/** Names compared as a reader would: case, spacing and Unicode form set aside. */
export const sameName = (a: string) =>
  a.normalize('NFC').toLocaleLowerCase().replace(/\s+/gu, ' ').trim()
