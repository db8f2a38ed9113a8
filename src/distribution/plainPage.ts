import { escapeHtml } from '../lib/escapeHtml'
import { defaultLocale } from '../lib/locales'
import { inEveryLanguage } from '../newsroom/words'

/** A small page behind a journalist's link (confirm, unsubscribe, a personal copy): no script. */
export const plainPage = (
  status: number,
  lang: string,
  title: string,
  body: string,
  headers: Record<string, string> = { 'Cache-Control': 'no-store' },
): Response =>
  new Response(
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head><body style="font-family:sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem">${body}</body></html>`,
    { status, headers: { 'Content-Type': 'text/html; charset=utf-8', ...headers } },
  )

/**
 * The one answer to a link that opens nothing (forged, expired, used up, revoked): it does not say
 * why, and in every newsroom language, since whose link it was is not known.
 */
export const linkNotFoundPage = (headers?: Record<string, string>): Response => {
  const title = inEveryLanguage((w) => w.notFoundTitle)
  return plainPage(404, defaultLocale, title, `<h1>${escapeHtml(title)}</h1>`, headers)
}
