import { en as payloadEn } from '@payloadcms/translations/languages/en'
import { pl as payloadPl } from '@payloadcms/translations/languages/pl'
import { initI18n } from '@payloadcms/translations'

import { reasonCodes, reasonText, reasonWord } from '../src/distribution/reasons'
import { adminWords } from '../src/lib/adminWords'
import { say, translations } from '../src/lib/translations'

/**
 * The delivery reasons the distribution panel shows, in both admin languages. The
 * panel words them with Payload's own `t` (src/components/shared/i18n.ts → `say`), the server with
 * `reasonText`; both must find a sentence for every code and fill in what the code leaves open.
 */
const placeholders = (sentence: string) =>
  [...sentence.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()
const vars = { detail: 'uk, en', attempts: 3 }

/** The panel's `t` in one admin language, as the admin builds it from our config. */
const panelWords = async (language: keyof typeof translations) => {
  const i18n = await initI18n({
    config: {
      supportedLanguages: { pl: payloadPl, en: payloadEn },
      fallbackLanguage: 'pl',
      translations,
    },
    context: 'client',
    language,
  })
  return (code: (typeof reasonCodes)[number], v = vars) => say(i18n.t, reasonWord[code], v)
}

describe('the words for a delivery reason', () => {
  const languages = Object.keys(adminWords) as (keyof typeof adminWords)[]

  it("are written in the admin's languages, Polish and English", () => {
    expect(languages.sort()).toEqual(['en', 'pl'])
  })

  it.each(languages)('exist for every code in %s, with the same blanks as the English', (lang) => {
    for (const code of reasonCodes) {
      const sentence = adminWords[lang][reasonWord[code]]
      expect({ code, sentence: typeof sentence === 'string' && sentence.trim() !== '' }).toEqual({
        code,
        sentence: true,
      })
      expect({ code, blanks: placeholders(sentence) }).toEqual({
        code,
        blanks: placeholders(adminWords.en[reasonWord[code]]),
      })
      expect(reasonText(lang, code, vars)).not.toMatch(/\{\{|\}\}/)
    }
  })

  it.each(Object.keys(translations) as (keyof typeof translations)[])(
    "are in the admin's %s translations, and the panel says what the server says",
    async (lang) => {
      const word = await panelWords(lang)
      for (const code of reasonCodes) {
        expect(translations[lang].custom[reasonWord[code]]).toBe(adminWords[lang][reasonWord[code]])
        expect({ code, text: word(code) }).toEqual({ code, text: reasonText(lang, code, vars) })
      }
    },
  )

  it('reads as a sentence in Polish in the panel', async () => {
    const word = await panelWords('pl')
    expect(word('no-language', { detail: 'uk, en', attempts: 0 })).toBe(
      'Informacja nie ma wersji w żadnym z języków dziennikarza (uk, en).',
    )
    expect(word('gave-up', { detail: '550 skrzynka nie istnieje', attempts: 5 })).toBe(
      'Zrezygnowano po 5 próbach: 550 skrzynka nie istnieje',
    )
    expect(word('unsubscribed')).toBe('W chwili wysyłki dziennikarz był wypisany.')
  })
})
