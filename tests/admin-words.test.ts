import { initI18n } from '@payloadcms/translations'
import { en } from '@payloadcms/translations/languages/en'
import { pl } from '@payloadcms/translations/languages/pl'

import { sayCount, translations } from '../src/lib/translations'

/** The admin's words through Payload's own i18n, as a component or `req.t` gets them. */
const tOf = async (language: 'pl' | 'en') =>
  (
    await initI18n({
      config: { supportedLanguages: { pl, en }, fallbackLanguage: 'pl', translations },
      context: 'client',
      language,
    })
  ).t

it('words a count in the Polish plural forms: 1 odbiorcy, 2–4 and 22 odbiorców, 5 and 12 odbiorców', async () => {
  const t = await tOf('pl')
  const queued = (n: number) => sayCount(t, 'pl', 'distQueued', n)
  expect(queued(1)).toBe('Zlecono wysyłkę do 1 odbiorcy.')
  expect([2, 4, 5, 12, 22, 25].map(queued)).toEqual(
    [2, 4, 5, 12, 22, 25].map((n) => `Zlecono wysyłkę do ${n} odbiorców.`),
  )
})

it('words a count in English: 1 recipient, 2 recipients', async () => {
  const t = await tOf('en')
  expect(sayCount(t, 'en', 'distQueued', 1)).toBe('Queued for 1 recipient.')
  expect(sayCount(t, 'en', 'distQueued', 2)).toBe('Queued for 2 recipients.')
})

it("puts our nouns in Payload's Polish templates without declining them", async () => {
  const t = await tOf('pl')
  expect(t('general:successfullyCreated', { label: 'Użytkownik' })).toBe('Utworzono: Użytkownik.')
  expect(t('general:creatingNewLabel', { label: 'Cytat' })).toBe('Tworzenie: Cytat')
  expect(t('general:searchBy', { label: 'Tytuł' })).toBe('Szukaj: Tytuł')
  expect([t('general:true'), t('general:false'), t('general:locale')]).toEqual([
    'Tak',
    'Nie',
    'Wersja językowa',
  ])
})
