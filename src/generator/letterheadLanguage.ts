/** A piece of a letterhead line, with the language it is written in when that is not the document's. */
export type LetterheadPart = { text: string; lang?: string }

// Commas and middle dots part the address, the phone, the e-mail and the web address.
const separators = /(,\s+|\s+·\s+)/

/**
 * A translated letterhead keeps the street address as written in Polish ("pl. Wszystkich Świętych
 * 3–4, 31-004 Kraków" in an English or Ukrainian document): every piece of a line written exactly
 * as in the Polish letterhead is marked Polish, so a screen reader (and the PDF's span /Lang)
 * speaks it in Polish, and the translated pieces in the document's language.
 */
export const markPolishParts = (
  line: string,
  polishLetterhead: string | null | undefined,
  locale: string,
): LetterheadPart[] => {
  if (locale === 'pl' || !polishLetterhead) return [{ text: line }]
  const polish = new Set(
    polishLetterhead
      .split('\n')
      .flatMap((l) => l.trim().split(separators))
      .map((p) => p.trim()),
  )
  return line
    .split(separators)
    .filter(Boolean)
    .map((text) =>
      !separators.test(text) && polish.has(text.trim()) ? { text, lang: 'pl' } : { text },
    )
}
