import config from '@payload-config'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import { getPayload, type Payload } from 'payload'

import type { Locale } from '../../../lib/locales'

import { anonymousAsk } from '../../../render/storedAnswer'
import './offerRestHandler'

type Context = { params: Promise<{ id: string; format: string }> }
type RestHandler = (
  request: Request,
  args: { params: Promise<{ slug: string[] }> },
) => Promise<Response>
type AnonymousExport = (
  payload: Payload,
  request: Request,
  ref: string,
  locale: Locale,
  format: never,
) => Promise<Response>

/**
 * The handlers of `/api/<collection>/:id/:format`. GET of a document format by an anonymous
 * reader is answered by `exportForAnonymous` without Payload's per-request set-up (sessions,
 * translations), which costs more than reading the stored file. Whatever that cannot answer (not
 * public, unknown, a failure) and every other request go to Payload's REST API and the export
 * endpoint, as if this route were not here, and they give the proper error.
 */
export const anonymousExportRoute = (
  collection: string,
  formats: string[],
  exportForAnonymous: AnonymousExport,
) => {
  const toPayload =
    (handler: RestHandler) =>
    (request: Request, { params }: Context): Promise<Response> =>
      handler(request, {
        params: params.then(({ id, format }) => ({ slug: [collection, id, format] })),
      })
  const payloadGet = toPayload(REST_GET(config))
  const GET = async (request: Request, context: Context): Promise<Response> => {
    const { id, format } = await context.params
    const ask = anonymousAsk(
      collection,
      id,
      format,
      request.headers,
      new URL(request.url).searchParams,
    )
    if (ask && formats.includes(format)) {
      try {
        return await exportForAnonymous(
          await getPayload({ config }),
          request,
          id,
          ask.locale,
          format as never,
        )
      } catch {
        // Not public (404), or the renderer failed: Payload's endpoint answers and words it.
      }
    }
    return payloadGet(request, context)
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
