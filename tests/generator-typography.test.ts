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

  it('uses „…” quotes with «…» inside, and en dashes for a spaced hyphen', () => {
    expect(typeset('Hasło "Zielony Kraków" - nowy program', 'pl')).toBe('Hasło „Zielony Kraków” – nowy program')
    expect(typeset(quoted('Nie sadzimy "na pokaz".', 'pl'), 'pl')).toBe('„Nie sadzimy «na pokaz».”')
    expect(typeset('Проєкт "Зелений Краків"', 'uk')).toBe('Проєкт «Зелений Краків»')
  })

  it('leaves English one-letter words alone', () => {
    expect(typeset('A tram and a bus', 'en')).toBe('A tram and a bus')
  })
})

describe('text wrapping', () => {
  it('wraps at 78 columns and never breaks at a no-break space', () => {
    const text = typeset('Mieszkańcy Bieńczyc i Mistrzejowic zyskają w przyszłym roku 15 km nowych tras. '.repeat(4), 'pl')
    const lines = wrap(text).split('\n')
    expect(lines.every((l) => l.length <= 78)).toBe(true)
    expect(lines.some((l) => / [iwz]$/.test(l))).toBe(false)
    expect(lines.join(' ').replace(/ +/g, ' ').trim()).toBe(text.replace(/ +/g, ' ').trim())
  })
})
