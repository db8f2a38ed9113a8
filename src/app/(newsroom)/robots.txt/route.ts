import { publicBaseUrl } from '../../../newsroom/publicUrl'

export const dynamic = 'force-dynamic'

/** The newsroom is for search engines; the admin and the API are not. */
export const GET = () =>
  new Response(
    [
      'User-agent: *',
      'Allow: /',
      'Disallow: /admin',
      '',
      `Sitemap: ${publicBaseUrl()}/sitemap.xml`,
      '',
    ].join('\n'),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  )
