import type { CollectionSlug, Field, FieldHook } from 'payload'

import { slugify } from '../lib/slugify'

/**
 * A URL-safe, unique slug made from `sourceField` (in the default locale) unless one is typed.
 * A clash gets a numeric suffix: `budzet-obywatelski`, `budzet-obywatelski-2`, … Never all
 * digits, never empty, no control characters (slugify keeps a-z, 0-9 and hyphens).
 */
export const slugField = (sourceField: string, collection: CollectionSlug): Field => {
  // A slug of digits only would read as an id in /api/…/:id/pdf and shadow another document, so
  // it gets a word in front; an empty one (a headline of punctuation) is the word alone.
  const word = collection === 'press-packs' ? 'pack' : 'release'
  const withWord = (slug: string) => (/^\d+$/.test(slug) ? `${word}-${slug}` : slug)
  const makeSlug: FieldHook = async ({ value, data, originalDoc, req }) => {
    const typed = withWord(typeof value === 'string' ? slugify(value) : '')
    if (typed && typed === originalDoc?.slug) return typed
    const source = data?.[sourceField] ?? originalDoc?.[sourceField]
    const base = typed || withWord(slugify(typeof source === 'string' ? source : '')) || word
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`
      const { docs } = await req.payload.find({
        collection,
        where: { slug: { equals: candidate } },
        depth: 0,
        limit: 1,
        overrideAccess: true,
        draft: true,
        req,
        select: {},
      })
      if (docs.length === 0 || docs[0].id === originalDoc?.id) return candidate
    }
  }

  return {
    name: 'slug',
    type: 'text',
    index: true,
    unique: true,
    label: { pl: 'Slug (adres)', en: 'Slug' },
    admin: {
      position: 'sidebar',
      description: {
        pl: 'Tworzony z tytułu, jeśli puste. Używany w adresach i nazwach plików.',
        en: 'Made from the headline when empty. Used in URLs and file names.',
      },
    },
    hooks: { beforeValidate: [makeSlug] },
  }
}
