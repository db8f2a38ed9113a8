import type { Payload } from 'payload'

import type { Locale } from '../lib/locales'

import { atomDocument } from '../newsroom/feeds'
import { homeUrl, releaseUrl } from '../newsroom/publicUrl'
import { loadOffice } from '../newsroom/releases'
import { registerPage } from './register'
import { recordPublicWords } from '../newsroom/words'

/**
 * The register of changes as Atom (/{locale}/changes.xml): its first page, one entry per event,
 * the kind as the title's start and the category, the note as the summary.
 */
export const registerFeed = async (
  payload: Payload,
  locale: Locale,
  now: Date,
): Promise<string> => {
  const [office, register] = await Promise.all([
    loadOffice(payload, locale, now),
    registerPage(payload, locale, 1, now),
  ])
  const w = recordPublicWords[locale]
  const name = [office.officeName, office.city].filter(Boolean).join(', ')
  const page = `${homeUrl(locale)}/changes`
  const newest = register.entries[0] ? new Date(register.entries[0].at) : now
  return atomDocument(
    {
      id: page,
      locale,
      title: `${name}: ${w.register}`,
      subtitle: w.registerIntro,
      updated: newest,
      name,
      self: `${page}.xml`,
    },
    register.entries.map((e) => ({
      title: `${w.kinds[e.kind]}: ${e.headline}`,
      // An event is never rewritten: its id names it for good.
      id: `${page}#${e.id}`,
      link: releaseUrl(locale, e.slug),
      published: new Date(e.at),
      updated: new Date(e.at),
      summary: e.note,
      categories: [w.kinds[e.kind]],
    })),
  )
}
