import { buildSitemap } from '../../../newsroom/sitemap'
import { newsroomPayload } from '../_components/payload'

export const dynamic = 'force-dynamic'

export const GET = async () =>
  new Response(await buildSitemap(await newsroomPayload(), new Date()), {
    headers: {
      'Content-Type': 'application/xml; charset=utf-8',
      'Cache-Control': 'public, no-cache',
    },
  })
