import type { CollectionBeforeValidateHook, CollectionConfig, GlobalConfig } from 'payload'

// C0 controls but tab and newline (a carriage return becomes a newline): text pasted from Word
// brings vertical tabs and the like, which no reader sees and XML cannot carry.
const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g

/** Text without C0 control characters, tab and newline kept, line ends as newlines. */
export const stripControlChars = (text: string): string =>
  text.replace(/\r\n?/g, '\n').replace(controls, '')

/** Keys whose strings are kept exactly as sent: a password is compared byte for byte. */
const keptAsSent = new Set(['password', 'confirm-password'])

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype

/** Every string in a document's data, at any depth (localized values, rich text, arrays), cleaned. */
export const withoutControlChars = <T>(value: T): T => {
  if (typeof value === 'string') return stripControlChars(value) as T
  if (Array.isArray(value)) return value.map(withoutControlChars) as T
  if (!isPlainObject(value)) return value
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key,
      keptAsSent.has(key) ? v : withoutControlChars(v),
    ]),
  ) as T
}

const cleanData: CollectionBeforeValidateHook = ({ data }) => data && withoutControlChars(data)

/** A collection whose every text field is saved without control characters. */
export const withCleanText = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeValidate: [cleanData, ...(collection.hooks?.beforeValidate ?? [])],
  },
})

/** The same for a global. */
export const withCleanTextGlobal = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: {
    ...global.hooks,
    beforeValidate: [
      ({ data }) => data && withoutControlChars(data),
      ...(global.hooks?.beforeValidate ?? []),
    ],
  },
})
