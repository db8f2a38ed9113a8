import { isLocale } from '../../../lib/locales'
import { buildFeed, type FeedFormat } from '../../../newsroom/feeds'
import { topicParam } from '../../../newsroom/params'
import { newsroomPayload } from './payload'

const types: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
}

/**
 * GET /{locale}/feed.xml|atom.xml[?topic=]. Built per request: an embargo lift or an unpublish
 * shows at once, and `no-cache` keeps readers and proxies from holding an old copy.
 */
export const feedRoute =
  (format: FeedFormat) =>
  async (request: Request, { params }: { params: Promise<{ locale: string }> }) => {
    const { locale } = await params
    if (!isLocale(locale)) return new Response('Not found', { status: 404 })
    const topic = topicParam(new URL(request.url).searchParams.get('topic') ?? undefined)
    const xml = await buildFeed(await newsroomPayload(), locale, format, new Date(), topic)
    return new Response(xml, {
      headers: { 'Content-Type': types[format], 'Cache-Control': 'public, no-cache' },
    })
  }
