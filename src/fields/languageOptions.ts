import { localeNames, locales } from '../lib/locales'

/** A select's options for the content languages, each by its own name (as the import form). */
export const languageOptions = locales.map((value) => ({ value, label: localeNames[value] }))
