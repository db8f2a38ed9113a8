import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { storedForAnonymous } from '../../../../../../collections/PressReleases/endpoints/storedExport'
import { isLocale } from '../../../../../../lib/locales'
import { mayBeRecent } from '../../../../../../render/recent'

type Context = { params: Promise<{ id: string; format: string }> }
type RestHandler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/** Everything else on these paths is Payload's REST API, as if this file were not here. */
const toPayload =
  (handler: RestHandler) =>
  (request: Request, { params }: Context): Promise<Response> =>
    handler(request, { params: params.then(({ id, format }) => ({ slug: ['press-releases', id, format] })) })

const payloadGet = toPayload(REST_GET(config))
const formats = new Set(['pdf', 'html', 'txt'])

/**
 * GET /api/press-releases/:id/pdf|html|txt from an anonymous reader whose document is in the
 * render store and known to be current: answered without Payload's per-request set-up (sessions,
 * translations), which costs more than reading the file. Anything else goes to the export endpoint.
 */
export const GET = async (request: Request, context: Context): Promise<Response> => {
  const { id, format } = await context.params
  const url = new URL(request.url)
  const locale = url.searchParams.get('locale') || 'pl'
  const anonymous = !request.headers.get('authorization') && !/payload-token=/.test(request.headers.get('cookie') ?? '')
  if (anonymous && formats.has(format) && isLocale(locale) && !url.searchParams.has('draft') && mayBeRecent(id, locale, format)) {
    const stored = await storedForAnonymous(await getPayload({ config }), request, id, locale, format as 'pdf')
    if (stored) return stored
  }
  return payloadGet(request, context)
}

export const POST = toPayload(REST_POST(config))
export const DELETE = toPayload(REST_DELETE(config))
export const PATCH = toPayload(REST_PATCH(config))
export const PUT = toPayload(REST_PUT(config))
export const OPTIONS = toPayload(REST_OPTIONS(config))
