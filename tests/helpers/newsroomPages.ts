import type { Locale } from '../../src/lib/locales'
import type { NewsroomContent } from './newsroom-content'

/** A kind of newsroom page, with its address in a language and the status it answers with. */
export type NewsroomPage = { kind: string; path: (locale: Locale) => string; status: number }

/**
 * Every kind of page the newsroom shows, one line each: the accessibility suite runs axe, the
 * reflow check and the language check on all of them. A new kind of page is a new line here.
 */
export const newsroomPages = (
  content: NewsroomContent,
  /** A release removed as published in error, for the 410 page. */
  removed?: { slug?: string | null },
): NewsroomPage[] => [
  { kind: 'home', path: (l) => `/${l}`, status: 200 },
  { kind: 'release', path: (l) => `/${l}/${content.published.slug}`, status: 200 },
  { kind: 'withdrawn release', path: (l) => `/${l}/${content.lifted.slug}`, status: 200 },
  { kind: 'release in Polish only', path: (l) => `/${l}/${content.polishOnly.slug}`, status: 200 },
  ...(removed ? [{ kind: '410', path: (l: Locale) => `/${l}/${removed.slug}`, status: 410 }] : []),
  { kind: 'pack', path: (l) => `/${l}/packs/${content.pack.slug}`, status: 200 },
  { kind: 'contacts', path: (l) => `/${l}/contacts`, status: 200 },
  { kind: 'search with results', path: (l) => `/${l}/search?q=Kazimierz`, status: 200 },
  { kind: 'search without results', path: (l) => `/${l}/search?q=zzyzx`, status: 200 },
  { kind: 'subscribe', path: (l) => `/${l}/subscribe`, status: 200 },
  { kind: 'register of changes', path: (l) => `/${l}/changes`, status: 200 },
  { kind: 'accessibility statement', path: (l) => `/${l}/deklaracja-dostepnosci`, status: 200 },
  { kind: '404', path: (l) => `/${l}/nie-ma-takiej-strony`, status: 404 },
]
