import type { Payload } from 'payload'

import type { Locale } from '../lib/locales'

import { changesView } from '../corrections/changesView'
import { absoluteNoticeLink, emergencyNotice } from '../crisis/emergency'
import { labelsFor } from '../generator/labels'
import { officeTimezone } from '../lib/settings'

import { publicCached } from './publicCache'
import { homeUrl, publicBaseUrl, releaseUrl } from './publicUrl'
import { imageOf, loadOffice, newestReleases, publicSince } from './releases'
import { siteWords } from './words'
import { el, xmlDocument } from './xml'

export const FEED_SIZE = 50

export type FeedFormat = 'rss' | 'atom'

/**
 * The newest public releases at `now` as RSS 2.0 or Atom 1.0, written by the newsroom's one XML
 * writer. Not the `feed` library: it passes control characters through and splits only the first
 * "]]>" of a CDATA section, so one pasted headline made the whole feed unreadable.
 */
export const buildFeed = (
  payload: Payload,
  locale: Locale,
  format: FeedFormat,
  now: Date,
  topic?: string,
): Promise<string> =>
  publicCached(payload, `feed|${locale}|${format}|${topic ?? ''}`, now, () =>
    feedAt(payload, locale, format, now, topic),
  )

const imageType = (src: string) => {
  const ext = /\.(\w+)(?:\?|$)/.exec(src)?.[1]?.toLowerCase()
  return ext === 'jpg' || !ext ? 'image/jpeg' : `image/${ext}`
}

const feedAt = async (
  payload: Payload,
  locale: Locale,
  format: FeedFormat,
  now: Date,
  topic?: string,
): Promise<string> => {
  const [office, { docs }] = await Promise.all([
    loadOffice(payload, locale, now),
    newestReleases(payload, locale, now, { limit: FEED_SIZE, topic }),
  ])
  const w = siteWords[locale]
  const name = [office.officeName, office.city].filter(Boolean).join(', ')
  const query = topic ? `?topic=${encodeURIComponent(topic)}` : ''
  const home = `${homeUrl(locale)}${query}`
  const title = topic ? `${name}: ${w.releases} · ${topic}` : `${name}: ${w.releases}`
  const description = `${w.releases} — ${name}`
  const notice = emergencyNotice(office, locale)
  // The newest publication or update or correction among the items.
  const moments = docs.flatMap((r) => [publicSince(r), r.lastMajorChangeAt ?? ''].filter(Boolean))
  const newest = moments.length ? new Date(moments.sort().at(-1)!) : now
  const noticeSince = notice?.since ? new Date(notice.since) : null
  const updated = noticeSince && noticeSince > newest ? noticeSince : newest
  // The emergency notice is the first entry while it is on; its id names the moment it went on,
  // so a reader that has shown it once does not show it again.
  const noticeItem = notice && {
    link: absoluteNoticeLink(notice.link, publicBaseUrl()) ?? home,
    id: `${homeUrl(locale)}#komunikat-${noticeSince?.getTime() ?? 0}`,
    title: `${notice.kindName}: ${notice.heading}`,
    lead: notice.text || null,
    since: noticeSince ?? now,
    topics: [] as string[],
    image: null as string | null,
    rssId: `${homeUrl(locale)}#komunikat-${noticeSince?.getTime() ?? 0}`,
    updated: noticeSince ?? now,
  }
  const labels = labelsFor(locale)
  const releaseItems = docs.map((r) => {
    const image = imageOf(r.media?.[0])
    const link = releaseUrl(locale, r.slug ?? String(r.id))
    const since = new Date(publicSince(r))
    // An update or correction re-lists the release: a new RSS item (its own guid, the change's
    // time) led by the note; in Atom the same entry with its `updated` moved.
    const change = changesView(r, locale, labels, officeTimezone(office.timezone))?.notes[0]
    const lead = change
      ? [`${change.kind}: ${change.text}`, r.lead].filter(Boolean).join(' — ')
      : r.lead
    return {
      link,
      id: link,
      rssId: change ? `${link}#${change.at}` : link,
      title: r.headline,
      lead: lead ?? null,
      since,
      updated: change ? new Date(change.at) : since,
      topics: r.topics ?? [],
      image: image ? `${publicBaseUrl()}${image.src}` : null,
    }
  })
  const items = noticeItem ? [noticeItem, ...releaseItems] : releaseItems
  if (format === 'rss') {
    return xmlDocument(
      el(
        'rss',
        { version: '2.0', 'xmlns:atom': 'http://www.w3.org/2005/Atom' },
        el(
          'channel',
          {},
          el('title', {}, title),
          el('link', {}, home),
          el('description', {}, description),
          el('lastBuildDate', {}, updated.toUTCString()),
          el('docs', {}, 'https://www.rssboard.org/rss-specification'),
          el('generator', {}, 'Pressroom'),
          el('language', {}, locale),
          el('copyright', {}, name),
          el('atom:link', {
            href: `${homeUrl(locale)}/feed.xml${query}`,
            rel: 'self',
            type: 'application/rss+xml',
          }),
          items.map((i) =>
            el(
              'item',
              {},
              el('title', {}, i.title),
              el('link', {}, i.link),
              el('guid', { isPermaLink: 'false' }, i.rssId),
              el('pubDate', {}, i.updated.toUTCString()),
              i.lead && el('description', {}, i.lead),
              i.topics.map((t) => el('category', {}, t)),
              i.image && el('enclosure', { url: i.image, length: 0, type: imageType(i.image) }),
            ),
          ),
        ),
      ),
    )
  }
  return xmlDocument(
    el(
      'feed',
      { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': locale },
      el('id', {}, home),
      el('title', {}, title),
      el('subtitle', {}, description),
      el('updated', {}, updated.toISOString()),
      el('generator', {}, 'Pressroom'),
      el('author', {}, el('name', {}, name), el('uri', {}, publicBaseUrl())),
      el('link', { rel: 'alternate', href: home }),
      el('link', { rel: 'self', href: `${homeUrl(locale)}/atom.xml${query}` }),
      el('rights', {}, name),
      items.map((i) =>
        el(
          'entry',
          {},
          el('title', {}, i.title),
          el('id', {}, i.id),
          el('link', { href: i.link }),
          i.image && el('link', { rel: 'enclosure', href: i.image, type: imageType(i.image) }),
          el('published', {}, i.since.toISOString()),
          el('updated', {}, i.updated.toISOString()),
          i.lead && el('summary', {}, i.lead),
          i.topics.map((t) => el('category', { term: t, label: t })),
        ),
      ),
    ),
  )
}
