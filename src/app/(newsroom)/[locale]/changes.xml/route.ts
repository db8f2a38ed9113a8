import { isLocale } from '../../../../lib/locales'
import { registerFeed } from '../../../../record/registerFeed'
import { newsroomPayload } from '../../_components/payload'

export const dynamic = 'force-dynamic'

/** GET /{locale}/changes.xml: the register of changes as Atom, built per request. */
export const GET = async (
  _request: Request,
  { params }: { params: Promise<{ locale: string }> },
) => {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const xml = await registerFeed(await newsroomPayload(), locale, new Date())
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': 'public, no-cache',
    },
  })
}
