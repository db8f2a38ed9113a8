import type { Payload, PayloadRequest } from 'payload'

import type { Locale } from '../lib/locales'
import { nameAndRole, sameName, type FoundQuote } from './quoteParagraph'

/** A quote an import created, pending approval, and whether its speaker was already a person. */
export type ImportedQuote = { id: number; speaker: string; person: 'matched' | 'new' }

// A person's role is required; an attribution without one leaves it for the office to write.
const roleToWrite: Record<Locale, string> = {
  pl: 'do uzupełnienia',
  en: 'to be completed',
  uk: 'уточнити',
}

/**
 * The quotes found in an imported file, saved pending approval in the file's language: each
 * speaker is the existing person whose name the attribution contains (the longest such name),
 * or a new person with the attribution's name and role.
 */
export const saveQuotes = async (
  payload: Payload,
  req: PayloadRequest,
  found: FoundQuote[],
  locale: Locale,
): Promise<ImportedQuote[]> => {
  if (found.length === 0) return []
  const { docs: people } = await payload.find({
    collection: 'people',
    req,
    depth: 0,
    pagination: false,
    select: { name: true },
    overrideAccess: true,
  })
  const saved: ImportedQuote[] = []
  for (const quote of found) {
    const attribution = sameName(quote.speaker)
    const known = people
      .flatMap((p) =>
        p.name && attribution.includes(sameName(p.name)) ? [{ ...p, name: p.name }] : [],
      )
      .sort((a, b) => b.name.length - a.name.length)[0]
    let speaker: { id: number; name?: string | null } | undefined = known
    if (!speaker) {
      const { name, role } = nameAndRole(quote.speaker)
      const created = await payload.create({
        collection: 'people',
        req,
        locale,
        depth: 0,
        overrideAccess: true,
        data: { name, role: role ?? roleToWrite[locale] },
      })
      people.push(created)
      speaker = created
    }
    const doc = await payload.create({
      collection: 'quotes',
      req,
      locale,
      depth: 0,
      overrideAccess: true,
      data: { text: quote.text, speaker: speaker.id, status: 'pending' },
    })
    saved.push({
      id: doc.id,
      speaker: speaker.name ?? quote.speaker,
      person: known ? 'matched' : 'new',
    })
  }
  return saved
}
