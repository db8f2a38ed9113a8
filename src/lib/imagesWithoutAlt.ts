import type { PayloadRequest } from 'payload'

import type { Locale } from './locales'

import { idsOf } from '../access/publicReleaseIds'
import { locales } from './locales'
import { nestedRequest } from './nestedRequest'
import { say } from './translations'

/** An image a release shows with no alt text in one of its languages, worded for the reader. */
export type AltBlocker = {
  id: number | string
  locale: Locale
  /** "Nie można opublikować: zdjęcie „przystanek.jpg” nie ma tekstu alternatywnego w wersji angielskiej." */
  message: string
  /** The same without the verb, for other deeds ("Nie można wysłać: …"). */
  problem: string
}

const languageKey = { pl: 'altInPolish', en: 'altInEnglish', uk: 'altInUkrainian' } as const

/**
 * Each image of `media` with no alt text in a language the release is published in (`languages`,
 * the ones it has a headline in): a reader of that version, with a screen reader, would hear
 * nothing for it. The alt text is read without falling back to another language.
 */
export const imagesWithoutAlt = async (
  req: PayloadRequest,
  media: unknown[] | null | undefined,
  languages: Locale[],
): Promise<AltBlocker[]> => {
  const ids = idsOf(media)
  if (ids.length === 0 || languages.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    locale: 'all',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req: nestedRequest(req),
  })
  const byId = new Map(docs.map((doc) => [String(doc.id), doc]))
  return ids.flatMap((id) => {
    const image = byId.get(String(id))
    if (!image || !image.mimeType?.startsWith('image/')) return []
    const alt = (image.alt ?? {}) as unknown as Partial<Record<Locale, string | null>>
    return locales
      .filter((locale) => languages.includes(locale) && !alt[locale]?.trim())
      .map((locale) => {
        const problem = say(req.t, 'blockedNoAlt', {
          image: image.filename ?? String(image.id),
          language: say(req.t, languageKey[locale]),
        })
        return { id: image.id, locale, problem, message: say(req.t, 'cannotPublish', { problem }) }
      })
  })
}
