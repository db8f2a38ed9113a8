import config from '@payload-config'
import { getPayload } from 'payload'

import { siteWords } from '../../../../../newsroom/words'
import { confirmByToken, journalistToConfirm } from '../../../../../distribution/subscribe'
import { defaultLocale, journalistLocale } from '../../../../../lib/locales'

type Context = { params: Promise<{ token: string }> }

const escape = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

const page = (status: number, lang: string, title: string, body: string) =>
  new Response(
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="robots" content="noindex"><title>${title}</title></head><body style="font-family:sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem">${body}</body></html>`,
    {
      status,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
    },
  )

/** A forged, flipped, expired or used-up link: the same 404, saying nothing about why. */
const notFound = () =>
  page(404, defaultLocale, 'Nie znaleziono / Not found', '<h1>Nie znaleziono / Not found</h1>')

/**
 * The link in the confirmation mail opens a button, not the confirmation itself: mail scanners
 * that open every link must not subscribe anyone.
 */
export const GET = async (_req: Request, { params }: Context) => {
  const { token } = await params
  const journalist = await journalistToConfirm(await getPayload({ config }), token)
  if (!journalist) return notFound()
  const locale = journalistLocale(journalist)
  const w = siteWords(locale).signup
  return page(
    200,
    locale,
    w.confirmTitle,
    `<h1>${w.confirmTitle}</h1><p>${escape(w.confirmText.replace('{email}', journalist.email))}</p><form method="post"><button type="submit">${w.confirmButton}</button></form>`,
  )
}

/** Confirms the sign-up (pending → confirmed, with the time) and shows the newsroom's form page. */
export const POST = async (_req: Request, { params }: Context) => {
  const { token } = await params
  const result = await confirmByToken(await getPayload({ config }), token)
  if (!result.ok) return notFound()
  return new Response(null, {
    status: 303,
    headers: { Location: `/${result.locale}/subscribe?status=confirmed` },
  })
}
