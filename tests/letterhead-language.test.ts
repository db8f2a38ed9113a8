import { markPolishParts } from '../src/generator/letterheadLanguage'

const polish =
  'Urząd Miasta Krakowa, pl. Wszystkich Świętych 3–4, 31-004 Kraków\ntel. +48 12 555 01 00 · biuro.prasowe@krakow.example'

describe('the Polish pieces of a translated letterhead', () => {
  it('marks the street address Polish in an English line and leaves the English words be', () => {
    expect(
      markPolishParts(
        'Kraków City Hall, pl. Wszystkich Świętych 3–4, 31-004 Kraków, Poland',
        polish,
        'en',
      ),
    ).toEqual([
      { text: 'Kraków City Hall' },
      { text: ', ' },
      { text: 'pl. Wszystkich Świętych 3–4', lang: 'pl' },
      { text: ', ' },
      { text: '31-004 Kraków', lang: 'pl' },
      { text: ', ' },
      { text: 'Poland' },
    ])
  })

  it('marks a Ukrainian line’s Polish pieces, the parts joined give the line back', () => {
    const line = 'Міська рада Кракова, pl. Wszystkich Świętych 3–4 · biuro.prasowe@krakow.example'
    const parts = markPolishParts(line, polish, 'uk')
    expect(parts.map((p) => p.text).join('')).toBe(line)
    expect(parts.filter((p) => p.lang === 'pl').map((p) => p.text)).toEqual([
      'pl. Wszystkich Świętych 3–4',
      'biuro.prasowe@krakow.example',
    ])
  })

  it('marks nothing in a Polish document or without a Polish letterhead', () => {
    expect(markPolishParts('pl. Wszystkich Świętych 3–4', polish, 'pl')).toEqual([
      { text: 'pl. Wszystkich Świętych 3–4' },
    ])
    expect(markPolishParts('pl. Wszystkich Świętych 3–4', null, 'en')).toEqual([
      { text: 'pl. Wszystkich Świętych 3–4' },
    ])
  })
})
