/**
 * The admin's words (src/lib/adminWords.ts) loaded into Payload's i18n (`t('custom:…')` in
 * components, `req.t` on the server), and the ways to say one. Payload interpolates `{{name}}`.
 */
import { type AdminWordKey, adminWords } from './adminWords'
import { intlLocaleOf } from './locales'

const { pl, en } = adminWords

export type CustomKey = AdminWordKey

/**
 * Payload's Polish templates that put our nouns in the wrong case ("Pomyślnie utworzono Użytkownik",
 * "Tworzenie nowego Cytat"): Polish declines the noun, and a label has one form, so the templates
 * name it after a colon instead. Also Payload's own Polish words that read wrong to the office.
 */
const polishTemplates = {
  general: {
    successfullyCreated: 'Utworzono: {{label}}.',
    successfullyDuplicated: 'Skopiowano: {{label}}.',
    updatedLabelSuccessfully: 'Zapisano: {{label}}.',
    titleDeleted: 'Usunięto: {{label}} „{{title}}”.',
    creatingNewLabel: 'Tworzenie: {{label}}',
    createNewLabel: 'Utwórz: {{label}}',
    newLabel: 'Dodaj: {{label}}',
    editLabel: 'Edycja: {{label}}',
    editingLabel_one: 'Edycja: {{label}} ({{count}})',
    editingLabel_many: 'Edycja: {{label}} ({{count}})',
    editingLabel_other: 'Edycja: {{label}} ({{count}})',
    deleteLabel: 'Usuń: {{label}}',
    aboutToDelete: 'Usunąć ({{label}}) <1>{{title}}</1>?',
    noResults:
      'Nie znaleziono: {{label}}. Może jeszcze ich nie ma albo żaden nie pasuje do filtrów powyżej.',
    selectLabel: 'Wybierz: {{label}}',
    showAllLabel: 'Pokaż wszystkie: {{label}}',
    noLabel: '<Brak: {{label}}>',
    // The list's search placeholder: Payload's Polish "Szukaj według" drops the first field's name.
    searchBy: 'Szukaj: {{label}}',
    // The sign-in, account and user forms' e-mail field, and the users list's column.
    email: 'Adres e-mail',
    true: 'Tak',
    false: 'Nie',
    upcomingEvents: 'Nadchodzące zdarzenia',
    // The content-language switch: the language of this version, not "regional settings".
    locale: 'Wersja językowa',
    locales: 'Wersje językowe',
    fallbackToDefaultLocale: 'Treść z domyślnej wersji językowej',
  },
  fields: {
    addLabel: 'Dodaj: {{label}}',
    addNewLabel: 'Dodaj: {{label}}',
    newLabel: 'Dodaj: {{label}}',
    chooseLabel: 'Wybierz: {{label}}',
    selectExistingLabel: 'Wybierz z listy: {{label}}',
    uploadNewLabel: 'Prześlij: {{label}}',
    editLabelData: 'Edytuj dane: {{label}}',
  },
  version: {
    // "Opublikuj w Polski": the language's name cannot follow a preposition undeclined.
    publishIn: 'Opublikuj wersję językową: {{locale}}',
    unpublishIn: 'Cofnij publikację wersji językowej: {{locale}}',
    aboutToUnpublishIn: 'Cofnąć publikację wersji językowej: {{locale}}?',
    noRowsFound: 'Nie znaleziono: {{label}}',
    selectLocales: 'Wybierz wersje językowe do wyświetlenia',
    showLocales: 'Pokaż wersje językowe:',
  },
  localization: {
    selectedLocales: 'Wybrane wersje językowe',
  },
}

export const translations = {
  pl: { custom: pl, ...polishTemplates },
  en: { custom: en },
}

const interpolate = (text: string, vars: Record<string, unknown> = {}) =>
  text.replace(/{{(\w+)}}/g, (_, name: string) => String(vars[name] ?? ''))

const custom: Record<string, Record<CustomKey, string>> = { pl, en }

/**
 * The admin's words without a request (the command line, a message made before the asker is
 * known): in `language` when we write it, else in English.
 */
export const wordsIn =
  (language: string) =>
  (key: CustomKey, vars?: Record<string, unknown>): string =>
    interpolate((custom[language] ?? en)[key], vars)

type Translate = (key: string, vars?: Record<string, unknown>) => string

/** One admin word in the language of whoever asks (`req.t` on the server, `t` in a component). */
export const say = (t: unknown, key: CustomKey, vars?: Record<string, unknown>): string =>
  (t as Translate)(`custom:${key}`, vars)

/** The words that have a form per plural category: `<key>_one`, `_few`, `_many`, `_other`. */
export type PluralKey = {
  [K in CustomKey]: K extends `${infer Base}_one` ? Base : never
}[CustomKey]

/**
 * A word with a number in the form the language needs, chosen by Intl.PluralRules: Payload's own
 * count rule (2–5 "few", above 5 "many") gives "1 odbiorców" and "22 odbiorców" in Polish.
 */
export const sayCount = (t: unknown, language: string, key: PluralKey, count: number): string =>
  say(t, `${key}_${new Intl.PluralRules(intlLocaleOf(language)).select(count)}` as CustomKey, {
    count,
  })
