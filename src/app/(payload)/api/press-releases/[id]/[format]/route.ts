import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { exportForAnonymous } from '../../../../../../collections/PressReleases/endpoints/storedExport'
import { isLocale } from '../../../../../../lib/locales'

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
 * GET /api/press-releases/:id/pdf|html|txt from an anonymous reader: answered here, without
 * Payload's per-request set-up (sessions, translations), which costs more than reading the file
 * (see exportForAnonymous: the store when the key is known current, else one shared access-checked
 * load). Whatever that cannot answer (not public, unknown, a failure) and every other request goes
 * to Payload's REST API and the export endpoint, which give the proper error.
 */
export const GET = async (request: Request, context: Context): Promise<Response> => {
  const { id, format } = await context.params
  const url = new URL(request.url)
  const locale = url.searchParams.get('locale') || 'pl'
  const anonymous = !request.headers.get('authorization') && !/payload-token=/.test(request.headers.get('cookie') ?? '')
  if (anonymous && formats.has(format) && isLocale(locale) && !url.searchParams.has('draft')) {
    try {
      return await exportForAnonymous(await getPayload({ config }), request, id, locale, format as 'pdf')
    } catch {
      // Not public (404), or the renderer failed: Payload's endpoint answers and words it.
    }
  }
  return payloadGet(request, context)
}

export const POST = toPayload(REST_POST(config))
export const DELETE = toPayload(REST_DELETE(config))
export const PATCH = toPayload(REST_PATCH(config))
export const PUT = toPayload(REST_PUT(config))
export const OPTIONS = toPayload(REST_OPTIONS(config))
