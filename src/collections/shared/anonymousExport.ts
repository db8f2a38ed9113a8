import type { Payload, PayloadRequest } from 'payload'

import type { PackFormat } from '../../generator/pack'
import type { ReleaseFormat } from '../../generator/release'
import type { ErrorAsker } from '../../lib/errorResponse'
import type { Locale } from '../../lib/locales'
import type { RenderedFile } from '../../render/cachedExport'
import type { DocumentKind } from '../../render/recent'

import { isBrowserFailure, sharedPool } from '../../generator/browser'
import { loadPack } from '../../generator/pack'
import { loadForExport } from '../../generator/release'
import { anonymousAsk, type Ask } from '../../render/anonymousAsk'
import { renderPack, renderRelease } from '../../render/cachedExport'
import { currentGeneration } from '../../render/generation'
import { rememberPack, rememberRelease } from '../../render/recent'
import { sharedStore } from '../../render/store'
import { asResponse, readerFlight, storedAnswer } from '../../render/storedAnswer'
import { withdrawalStateOf } from '../../access/visibility'
import { carriesCredentials } from '../../lib/credentials'
import { refused, UserError } from '../../lib/errors'
import { withdrawnExportResponse } from '../../withdrawal/exportAnswer'
import { withdrawnAnswer } from '../../withdrawal/address'
import {
  etagOfKey,
  exportErrorResponse,
  fileResponse,
  journalistRefusal,
  readQuery,
} from './exportResponse'

type Request = { headers: Headers }

const asAttachment = (format: string) => format === 'zip'

/**
 * A public document for an anonymous reader, straight from the render store when its key is
 * known to be current at `now` on `payload`'s database; null when the full export must decide.
 */
export const storedForAnonymous = async (
  payload: Payload,
  request: Request,
  kind: DocumentKind,
  ref: string,
  locale: Locale,
  format: string,
  now: Date = new Date(),
): Promise<Response | null> => {
  const answer = await storedAnswer(request, { kind, ref, locale, format }, now, () =>
    currentGeneration(payload),
  )
  return answer && asResponse(answer)
}

type Loaded = { file: RenderedFile; lastModified: string }

const anonymousExport = async (
  payload: Payload,
  request: Request,
  ask: Ask,
  load: (generation: number) => Promise<Loaded>,
): Promise<Response> => {
  const { kind, ref, locale, format } = ask
  const stored = await storedForAnonymous(payload, request, kind, ref, locale, format)
  if (stored) return stored
  // Anonymous readers all have the same access: concurrent ones (the embargo-lift rush) share one
  // load of the document and one trip to the store or the renderer, or its refusal.
  const flight = readerFlight('route', ask, async () => load(await currentGeneration(payload)))
  // A flight the route joins is another route's: its answer is a Loaded (readerFlight).
  const { file, lastModified } = await ('led' in flight
    ? flight.led
    : (flight.joined.done as Promise<Loaded>))
  const meta = {
    etag: etagOfKey(file.key),
    lastModified,
    shared: true,
    attachment: asAttachment(format),
  }
  return fileResponse(request, file, meta)
}

const deps = () => ({ pool: sharedPool(), store: sharedStore() })

/**
 * A release's document for an anonymous reader: from the store when the key is known current,
 * else the release is read as an anonymous reader (access rules on, so an embargo hides it:
 * UserError 404) and its document taken from the store or rendered, once for all concurrent
 * readers. Needs no Payload request, so the route in front of the REST API can answer with it.
 */
export const exportForAnonymous = async (
  payload: Payload,
  request: Request,
  ref: string,
  locale: Locale,
  format: ReleaseFormat,
): Promise<Response> => {
  try {
    return await anonymousExport(
      payload,
      request,
      { kind: 'release', ref, locale, format },
      async (generation) => {
        const loaded = await loadForExport(payload, ref, { locale, overrideAccess: false })
        // The API still reads a superseded release; its documents send readers to the other one.
        if (withdrawalStateOf(loaded.release) === 'superseded')
          throw refused('refuseNoReleaseRef', { ref }, 404)
        const file = await renderRelease(loaded, format, deps())
        rememberRelease(payload, ref, loaded, format, file, generation)
        return { file, lastModified: loaded.release.updatedAt }
      },
    )
  } catch (error) {
    // Not readable: a release removed in error answers 410, a superseded one 301.
    const hidden = error instanceof UserError && error.httpStatus === 404
    const answer = hidden ? await withdrawnAnswer(payload, ref, locale, new Date()) : null
    if (!answer) throw error
    return withdrawnExportResponse(answer, format)
  }
}

/** The same for a press pack (public when it and every release in it are). */
export const exportPackForAnonymous = (
  payload: Payload,
  request: Request,
  ref: string,
  locale: Locale,
  format: PackFormat,
): Promise<Response> =>
  anonymousExport(payload, request, { kind: 'pack', ref, locale, format }, async (generation) => {
    const loaded = await loadPack(payload, ref, { locale, overrideAccess: false })
    const file = await renderPack(loaded, format, deps())
    rememberPack(payload, ref, loaded, format, file, generation)
    return { file, lastModified: loaded.pack.updatedAt }
  })

/**
 * The answer to an anonymous export (anonymousAsk said so): the document, or its refusal worded
 * by the export error edge (404 for a hidden or unknown document, 503 for a renderer or database
 * away, a logged 500). The export route and the export endpoints both answer with it, so a
 * document is read once per request whichever way the request came.
 */
export const answerAnonymousExport = async (
  request: Request & ErrorAsker,
  { kind, ref, locale, format }: Ask,
): Promise<Response> => {
  const { payload } = request
  try {
    // anonymousAsk admits only the formats each kind has.
    return kind === 'release'
      ? await exportForAnonymous(payload, request, ref, locale, format as ReleaseFormat)
      : await exportPackForAnonymous(payload, request, ref, locale, format as PackFormat)
  } catch (error) {
    // Hidden and unknown alike (the same words for both), in the language asked for.
    if (error instanceof UserError && error.httpStatus === 404)
      return journalistRefusal('exportNotFound', 404, locale)
    if (isBrowserFailure(error)) return journalistRefusal('exportRendererUnavailable', 503, locale)
    return exportErrorResponse(request, error)
  }
}

/**
 * An export endpoint's answer when its request is an anonymous export (anonymousAsk), or null
 * when it is for the endpoint's own access rule (staff, drafts, refusals). A request Payload has
 * a user for is signed in, whatever its headers (a Local API call carries none), and its query
 * is read as the endpoint reads it (readQuery: Payload's parsed query, else the address).
 */
export const anonymousAnswer = (
  req: PayloadRequest,
  collection: string,
  format: string,
): Promise<Response> | null => {
  const { locale, draft } = readQuery(req)
  const signedIn = Boolean(req.user) || carriesCredentials(req.headers)
  const ask = anonymousAsk(collection, String(req.routeParams?.id ?? ''), format, {
    locale,
    draft,
    signedIn,
  })
  return ask && answerAnonymousExport(req, ask)
}
