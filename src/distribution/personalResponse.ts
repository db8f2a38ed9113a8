import type { Assets } from '../generator/assets'
import type { PersonalLink } from './personalLinks'

import { webAssets } from '../generator/assets'
import { isBrowserFailure, sharedPool } from '../generator/browser'
import { renderLoadedRelease, type ReleaseFormat } from '../generator/release'
import { journalistRefusal } from '../collections/shared/exportResponse'
import { linkNotFoundPage } from './plainPage'

/** Never kept by a browser or proxy, never indexed, and the token never sent on as a Referer. */
export const personalHeaders = {
  'Cache-Control': 'private, no-store',
  'X-Robots-Tag': 'noindex, nofollow',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
}

/** The one answer to every token that opens nothing: it does not say why. */
export const personalNotFound = (): Response => linkNotFoundPage(personalHeaders)

// Images of an embargoed release are not public yet: the personal HTML lists photos by caption.
const personalWebAssets = (): Assets => ({
  stylesheets: webAssets().stylesheets,
  imageSrc: () => null,
})

/**
 * A personal copy as PDF, HTML or TXT: rendered for this reader on every request, straight from
 * the generator, never through the render store that serves anonymous readers.
 */
export const personalFileResponse = async (
  link: Extract<PersonalLink, { kind: 'copy' }>,
  format: ReleaseFormat,
): Promise<Response> => {
  try {
    const file = await renderLoadedRelease(link.loaded, format, sharedPool(), personalWebAssets())
    const headers: Record<string, string> = {
      'Content-Type': file.contentType,
      'Content-Disposition': `inline; filename="${file.name}"`,
      ...personalHeaders,
    }
    if (format === 'html') {
      headers['Content-Security-Policy'] =
        "default-src 'none'; img-src 'self' data:; style-src data: 'unsafe-inline'"
    }
    return new Response(file.data as BodyInit, { status: 200, headers })
  } catch (error) {
    if (!isBrowserFailure(error)) throw error
    return journalistRefusal('exportRendererUnavailable', 503, link.loaded.locale, personalHeaders)
  }
}
