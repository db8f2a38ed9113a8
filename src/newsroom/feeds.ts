import type { Payload } from 'payload'

import { Feed } from 'feed'

import type { Locale } from '../lib/locales'

import { publicCached } from './publicCache'
import { homeUrl, publicBaseUrl, releaseUrl } from './publicUrl'
import { imageOf, loadOffice, newestReleases, publicSince } from './releases'
import { siteWords } from './words'

export const FEED_SIZE = 50

export type FeedFormat = 'rss' | 'atom'

/** The newest public releases at `now` as RSS 2.0 or Atom 1.0, built by the `feed` library. */
export const buildFeed = (payload: Payload, locale: Locale, format: FeedFormat, now: Date, topic?: string): Promise<string> =>
  publicCached(payload, `feed|${locale}|${format}|${topic ?? ''}`, now, () => feedAt(payload, locale, format, now, topic))

const feedAt = async (payload: Payload, locale: Locale, format: FeedFormat, now: Date, topic?: string): Promise<string> => {
  const [office, { docs }] = await Promise.all([
    loadOffice(payload, locale, now),
    newestReleases(payload, locale, now, { limit: FEED_SIZE, topic }),
  ])
  const w = siteWords[locale]
  const name = [office.officeName, office.city].filter(Boolean).join(', ')
  const query = topic ? `?topic=${encodeURIComponent(topic)}` : ''
  const feed = new Feed({
    id: `${homeUrl(locale)}${query}`,
    link: `${homeUrl(locale)}${query}`,
    title: topic ? `${name}: ${w.releases} · ${topic}` : `${name}: ${w.releases}`,
    description: `${w.releases} — ${name}`,
    language: locale,
    updated: docs[0] ? new Date(publicSince(docs[0])) : now,
    generator: 'Pressroom',
    copyright: name,
    feedLinks: {
      rss: `${homeUrl(locale)}/feed.xml${query}`,
      atom: `${homeUrl(locale)}/atom.xml${query}`,
    },
    author: { name, link: publicBaseUrl() },
  })
  for (const r of docs) {
    const link = releaseUrl(locale, r.slug ?? String(r.id))
    const image = imageOf(r.media?.[0])
    const since = new Date(publicSince(r))
    feed.addItem({
      id: link,
      guid: link,
      link,
      title: r.headline,
      description: r.lead ?? undefined,
      date: since,
      published: since,
      category: (r.topics ?? []).map((t) => ({ name: t, term: t })),
      image: image ? `${publicBaseUrl()}${image.src}` : undefined,
    })
  }
  return format === 'rss' ? feed.rss2() : feed.atom1()
}
