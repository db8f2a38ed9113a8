import config from '@payload-config'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { answerAnonymousExport } from '../../../collections/shared/anonymousExport'
import { anonymousAsk, askingOf } from '../../../render/anonymousAsk'

type Context = { params: Promise<{ id: string; format: string }> }
type RestHandler = (
  request: Request,
  args: { params: Promise<{ slug: string[] }> },
) => Promise<Response>

/**
 * The handlers of `/api/<collection>/:id/:format`, under `npm start` (for what the front server
 * did not answer) and `next start` alike. An anonymous export (anonymousAsk) is answered here,
 * from the render store or by one load for all concurrent readers, without Payload's per-request
 * set-up (sessions, translations), which costs more than reading the stored file; its refusals
 * too (a hidden document is read once). Every other request goes to Payload's REST API and the
 * export endpoint, which give staff their drafts and word the refusals (400, 401).
 */
export const anonymousExportRoute = (collection: string) => {
  const toPayload =
    (handler: RestHandler) =>
    (request: Request, { params }: Context): Promise<Response> =>
      handler(request, {
        params: params.then(({ id, format }) => ({ slug: [collection, id, format] })),
      })
  const payloadGet = toPayload(REST_GET(config))
  const GET = async (request: Request, context: Context): Promise<Response> => {
    const { id, format } = await context.params
    const url = new URL(request.url)
    const ask = anonymousAsk(collection, id, format, askingOf(request.headers, url.searchParams))
    if (!ask) return payloadGet(request, context)
    const payload = await getPayload({ config })
    return answerAnonymousExport(
      { headers: request.headers, payload, method: request.method, pathname: url.pathname },
      ask,
    )
  }
  return {
    GET,
    POST: toPayload(REST_POST(config)),
    DELETE: toPayload(REST_DELETE(config)),
    PATCH: toPayload(REST_PATCH(config)),
    PUT: toPayload(REST_PUT(config)),
    OPTIONS: toPayload(REST_OPTIONS(config)),
  }
}
