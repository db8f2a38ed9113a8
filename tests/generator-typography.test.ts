import { quoted, typeset } from '../src/generator/typography'
import { wrap } from '../src/generator/text'

const nbsp = '\u00a0'

describe('Polish typography', () => {
  it('binds one-letter words to the next word, also in runs', () => {
    expect(typeset('Spotkanie w Krakowie i w Nowej Hucie, a potem z mieszkańcami', 'pl')).toBe(
      `Spotkanie w${nbsp}Krakowie i${nbsp}w${nbsp}Nowej Hucie, a${nbsp}potem z${nbsp}mieszkańcami`,
    )
    expect(typeset('W sobotę O świcie', 'pl')).toBe(`W${nbsp}sobotę O${nbsp}świcie`)
  })

  it('keeps a number with its unit', () => {
    expect(typeset('Trasa ma 15 km, kosztuje 320 mln zł i powstanie do 2026 r.', 'pl')).toBe(
      `Trasa ma 15${nbsp}km, kosztuje 320${nbsp}mln zł i${nbsp}powstanie do 2026${nbsp}r.`,
    )
  })

  it('uses „…” quotes with »…« inside, and en dashes for a spaced hyphen', () => {
    expect(typeset('Hasło "Zielony Kraków" - nowy program', 'pl')).toBe(
      'Hasło „Zielony Kraków” – nowy program',
    )
    expect(typeset(quoted('Nie sadzimy "na pokaz".', 'pl'), 'pl')).toBe('„Nie sadzimy »na pokaz«.”')
    expect(typeset('Проєкт "Зелений Краків"', 'uk')).toBe('Проєкт «Зелений Краків»')
  })

  it('nests a quotation the writer typed with „…” inside the quote marks a quote gets (not „…„…”…”)', () => {
    expect(typeset(quoted('Nie sadzimy drzew „na pokaz”.', 'pl'), 'pl')).toBe(
      '„Nie sadzimy drzew »na pokaz«.”',
    )
    expect(typeset(quoted('We are not planting “for show”.', 'en'), 'en')).toBe(
      '“We are not planting ‘for show’.”',
    )
    expect(typeset(quoted('Ми садимо не «для показу».', 'uk'), 'uk')).toBe(
      '«Ми садимо не „для показу“.»',
    )
    expect(typeset('Mówił: „To jest »nasze« miasto”.', 'pl')).toBe(
      'Mówił: „To jest »nasze« miasto”.',
    )
  })

  it('quotes a text that begins with a quotation but is not one', () => {
    expect(typeset(quoted('"Zielony Kraków" to nasz program.', 'pl'), 'pl')).toBe(
      '„»Zielony Kraków« to nasz program.”',
    )
  })

  it('gives typographic apostrophes ’ in Polish and English', () => {
    expect(typeset("The city's plan for Kraków's parks", 'en')).toBe(
      'The city’s plan for Kraków’s parks',
    )
    expect(typeset("the residents' vote", 'en')).toBe('the residents’ vote')
    expect(typeset("Rock'n'roll w Nowej Hucie", 'pl')).toBe(`Rock’n’roll w${nbsp}Nowej Hucie`)
  })

  // ’ (U+2019), not the modifier letter ʼ (U+02BC): the Ukrainian texts we get are already written
  // with ’, and a word spelled with both would not be found by a reader's search in one document.
  it('gives Ukrainian the same apostrophe ’ as the texts it is written with (п’ятниця), not ʼ', () => {
    expect(typeset("у п'ятницю в подвір'ї", 'uk')).toBe(`у${nbsp}п’ятницю в${nbsp}подвір’ї`)
    expect(typeset('у п’ятницю', 'uk')).not.toContain('ʼ')
  })

  it('leaves English one-letter words alone', () => {
    expect(typeset('A tram and a bus', 'en')).toBe('A tram and a bus')
  })
})

describe('text wrapping', () => {
  // Ordinary words by length, to fill a line up to an exact column.
  const wordOf: Record<number, string> = {
    2: 'do',
    3: 'dla',
    4: 'Huty',
    5: 'Rynek',
    6: 'Kraków',
    7: 'program',
    8: 'Podgórze',
    9: 'Bronowice',
    10: 'mieszkańcy',
    11: 'Krzesławice',
    12: 'Prokocimiach',
  }
  const filler = (length: number): string => {
    const words: string[] = []
    for (let left = length; left > 0;) {
      const take = left <= 12 ? left : Math.min(7 + (words.length % 4), left - 3)
      words.push(wordOf[take])
      left -= take + 1
    }
    return words.join(' ')
  }
  // A one-letter word or a number, and the word or unit it must stay with.
  const pairs = [
    ['w', 'Krakowie'],
    ['i', 'Nowej'],
    ['z', 'mieszkańcami'],
    ['o', 'zieleni'],
    ['15', 'km'],
    ['320', 'mln'],
    ['2026', 'r.'],
  ]
  // Every line length from 40 to 78 columns, ending in the first word of the pair.
  const cases = pairs.flatMap(([bound, next]) =>
    Array.from({ length: 39 }, (_, i) => 40 + i).map((column) => ({
      bound,
      text: typeset(
        `${filler(column - bound.length - 1)} ${bound} ${next} i dalsza część zdania.`,
        'pl',
      ),
    })),
  )
  const endsWith = (bound: string) => (line: string) => line.endsWith(` ${bound}`)

  it('wraps at 78 columns and never breaks at a no-break space', () => {
    // The inputs are traps: with ordinary spaces, many of them would leave the word at a line end.
    const trapped = cases.filter(({ bound, text }) =>
      wrap(text.replaceAll(nbsp, ' ')).split('\n').some(endsWith(bound)),
    )
    expect(new Set(trapped.map((c) => c.bound))).toEqual(new Set(pairs.map(([bound]) => bound)))
    for (const { bound, text } of cases) {
      const lines = wrap(text).split('\n')
      expect(lines.every((l) => l.length <= 78)).toBe(true)
      expect(lines.filter(endsWith(bound))).toEqual([])
      expect(lines.join(' ')).toBe(text)
    }
  })
})
