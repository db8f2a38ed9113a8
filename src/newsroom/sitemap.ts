import type { Payload } from 'payload'

import { locales } from '../lib/locales'
import { publicCached } from './publicCache'
import { homeUrl, packUrl, releaseUrl } from './publicUrl'
import { releaseLocales, sitemapPacks, sitemapReleases } from './releases'

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

type Entry = { loc: string; lastmod?: string; alternates: { lang: string; href: string }[] }

const entryXml = ({ loc, lastmod, alternates }: Entry) =>
  [
    '<url>',
    `<loc>${escapeXml(loc)}</loc>`,
    lastmod ? `<lastmod>${escapeXml(lastmod)}</lastmod>` : '',
    ...alternates.map((a) => `<xhtml:link rel="alternate" hreflang="${a.lang}" href="${escapeXml(a.href)}"/>`),
    '</url>',
  ].join('')

/**
 * /sitemap.xml: each language's home, every public release and pack in each language it is written in,
 * with hreflang alternates (Google's sitemap extension). Sitemaps have no library in the stack
 * worth adding for a dozen lines; every value is escaped.
 */
export const buildSitemap = (payload: Payload, now: Date): Promise<string> =>
  publicCached(payload, 'sitemap', now, () => sitemapAt(payload, now))

const sitemapAt = async (payload: Payload, now: Date): Promise<string> => {
  const [releases, packs] = await Promise.all([sitemapReleases(payload, now), sitemapPacks(payload)])
  const entries: Entry[] = []
  const homes = locales.map((l) => ({ lang: l, href: homeUrl(l) }))
  for (const l of locales) entries.push({ loc: homeUrl(l), alternates: homes })
  for (const r of releases.docs) {
    const slug = r.slug ?? String(r.id)
    const langs = releaseLocales(r.headline)
    const alternates = langs.map((l) => ({ lang: l, href: releaseUrl(l, slug) }))
    for (const l of langs) entries.push({ loc: releaseUrl(l, slug), lastmod: r.updatedAt, alternates })
  }
  for (const p of packs.docs) {
    const slug = p.slug ?? String(p.id)
    const langs = releaseLocales(p.title)
    const alternates = langs.map((l) => ({ lang: l, href: packUrl(l, slug) }))
    for (const l of langs) entries.push({ loc: packUrl(l, slug), lastmod: p.updatedAt, alternates })
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries.map(entryXml),
    '</urlset>',
  ].join('\n')
}
