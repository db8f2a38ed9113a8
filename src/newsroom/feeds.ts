import type { Payload } from 'payload'

import type { Locale } from '../lib/locales'

import { releasePublicSince } from '../access/visibility'
import { changesView } from '../corrections/changesView'
import { absoluteNoticeLink, emergencyNotice } from '../crisis/emergency'
import { labelsFor } from '../generator/labels'
import { officeTimezone } from '../lib/settings'

import { publicCached } from './publicCache'
import { homeUrl, publicBaseUrl, releaseUrl } from './publicUrl'
import { withdrawalNotice } from '../withdrawal/notice'
import { imageOf, loadOffice, newestReleases, recentlyWithdrawn } from './releases'
import { siteWords, withdrawalWords } from './words'
import { el, xmlDocument } from './xml'

export const FEED_SIZE = 50

/** How many of the latest withdrawals the feeds carry beside the releases. */
const WITHDRAWN_ENTRIES = 10

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
  const [office, { docs }, withdrawn] = await Promise.all([
    loadOffice(payload, locale, now),
    newestReleases(payload, locale, now, { limit: FEED_SIZE, topic }),
    topic ? { docs: [] } : recentlyWithdrawn(payload, locale, now, WITHDRAWN_ENTRIES),
  ])
  const w = siteWords(locale)
  const name = [office.officeName, office.city].filter(Boolean).join(', ')
  const query = topic ? `?topic=${encodeURIComponent(topic)}` : ''
  const home = `${homeUrl(locale)}${query}`
  const title = topic ? `${name}: ${w.releases} · ${topic}` : `${name}: ${w.releases}`
  const description = `${w.releases} — ${name}`
  const notice = emergencyNotice(office, locale)
  // The newest publication or update or correction among the items.
  const moments = docs.flatMap((r) =>
    [releasePublicSince(r), r.lastMajorChangeAt].filter((m): m is string => Boolean(m)),
  )
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
  // A release with no moment of publication (one the first-publication migration could not
  // date) has no item rather than one dated by its dateline, which is a printed date.
  const releaseItems = docs.flatMap((r) => {
    const published = releasePublicSince(r)
    if (!published) return []
    const image = imageOf(r.media?.[0])
    const link = releaseUrl(locale, r.slug ?? String(r.id))
    const since = new Date(published)
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
  // A withdrawal is an update of its own: the release's address, "Wycofano: …" and the notice.
  const tz = officeTimezone(office.timezone)
  const withdrawalItems = withdrawn.docs.flatMap((r) => {
    const notice = withdrawalNotice(r, r.shownLocale ?? locale, tz)
    const at = r.withdrawal?.at
    if (!notice || !at) return []
    const link = releaseUrl(locale, r.slug ?? String(r.id))
    const id = `${link}#wycofano-${Date.parse(at)}`
    return [
      {
        link,
        id,
        rssId: id,
        updated: new Date(at),
        title: withdrawalWords[locale].feedTitle.replace('{headline}', r.headline),
        lead: notice,
        since: new Date(at),
        topics: [] as string[],
        image: null as string | null,
      },
    ]
  })
  // Each withdrawal goes in before the first item older than it; the releases keep their order.
  const byTime = [...releaseItems]
  for (const w of withdrawalItems) {
    const at = byTime.findIndex((i) => i.since < w.since)
    byTime.splice(at < 0 ? byTime.length : at, 0, w)
  }
  const items = noticeItem ? [noticeItem, ...byTime] : byTime
  const lastChange = withdrawalItems.reduce((t, w) => (w.since > t ? w.since : t), updated)
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
          el('lastBuildDate', {}, lastChange.toUTCString()),
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
  return atomDocument(
    {
      id: home,
      locale,
      title,
      subtitle: description,
      updated: lastChange,
      name,
      self: `${homeUrl(locale)}/atom.xml${query}`,
    },
    items.map((i) => ({
      title: i.title,
      id: i.id,
      link: i.link,
      image: i.image,
      published: i.since,
      updated: i.updated,
      summary: i.lead,
      categories: i.topics,
    })),
  )
}

/** What an Atom feed says of itself. */
export type AtomHead = {
  /** The feed's id and its alternate (the page it follows). */
  id: string
  locale: Locale
  title: string
  subtitle: string
  updated: Date
  /** The office: author and rights. */
  name: string
  self: string
}

export type AtomEntry = {
  title: string
  id: string
  link: string
  image?: string | null
  published: Date
  updated: Date
  summary?: string | null
  categories: string[]
}

/** An Atom 1.0 document, through the newsroom's one XML writer (the feeds, the register). */
export const atomDocument = (head: AtomHead, entries: AtomEntry[]): string =>
  xmlDocument(
    el(
      'feed',
      { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': head.locale },
      el('id', {}, head.id),
      el('title', {}, head.title),
      el('subtitle', {}, head.subtitle),
      el('updated', {}, head.updated.toISOString()),
      el('generator', {}, 'Pressroom'),
      el('author', {}, el('name', {}, head.name), el('uri', {}, publicBaseUrl())),
      el('link', { rel: 'alternate', href: head.id }),
      el('link', { rel: 'self', href: head.self }),
      el('rights', {}, head.name),
      entries.map((e) =>
        el(
          'entry',
          {},
          el('title', {}, e.title),
          el('id', {}, e.id),
          el('link', { href: e.link }),
          e.image && el('link', { rel: 'enclosure', href: e.image, type: imageType(e.image) }),
          el('published', {}, e.published.toISOString()),
          el('updated', {}, e.updated.toISOString()),
          e.summary && el('summary', {}, e.summary),
          e.categories.map((t) => el('category', { term: t, label: t })),
        ),
      ),
    ),
  )
