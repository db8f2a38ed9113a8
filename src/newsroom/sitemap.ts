import type { Payload } from 'payload'

import { locales } from '../lib/locales'
import { publicCached } from './publicCache'
import { homeUrl, packUrl, releaseUrl } from './publicUrl'
import { releaseLocales } from '../lib/locales'
import { sitemapPacks, sitemapReleases } from './releases'
import { el, xmlDocument } from './xml'

type Entry = { loc: string; lastmod?: string; alternates: { lang: string; href: string }[] }

const entryXml = ({ loc, lastmod, alternates }: Entry) =>
  el(
    'url',
    {},
    el('loc', {}, loc),
    lastmod && el('lastmod', {}, lastmod),
    alternates.map((a) => el('xhtml:link', { rel: 'alternate', hreflang: a.lang, href: a.href })),
  )

/**
 * /sitemap.xml: each language's home, every public release and pack in each language it is written in,
 * with hreflang alternates (Google's sitemap extension), written by the newsroom's one XML writer.
 */
export const buildSitemap = (payload: Payload, now: Date): Promise<string> =>
  publicCached(payload, 'sitemap', now, () => sitemapAt(payload, now))

const sitemapAt = async (payload: Payload, now: Date): Promise<string> => {
  const [releases, packs] = await Promise.all([
    sitemapReleases(payload, now),
    sitemapPacks(payload, now),
  ])
  const entries: Entry[] = []
  const homes = locales.map((l) => ({ lang: l, href: homeUrl(l) }))
  for (const l of locales) entries.push({ loc: homeUrl(l), alternates: homes })
  for (const r of releases.docs) {
    const slug = r.slug ?? String(r.id)
    const langs = releaseLocales(r.headline)
    const alternates = langs.map((l) => ({ lang: l, href: releaseUrl(l, slug) }))
    for (const l of langs)
      entries.push({ loc: releaseUrl(l, slug), lastmod: r.updatedAt, alternates })
  }
  for (const p of packs.docs) {
    const slug = p.slug ?? String(p.id)
    const langs = releaseLocales(p.title)
    const alternates = langs.map((l) => ({ lang: l, href: packUrl(l, slug) }))
    for (const l of langs) entries.push({ loc: packUrl(l, slug), lastmod: p.updatedAt, alternates })
  }
  return xmlDocument(
    el(
      'urlset',
      {
        xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9',
        'xmlns:xhtml': 'http://www.w3.org/1999/xhtml',
      },
      entries.map(entryXml),
    ),
  )
}
