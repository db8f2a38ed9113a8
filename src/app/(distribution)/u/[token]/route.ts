import config from '@payload-config'
import { getPayload } from 'payload'

import { journalistToUnsubscribe, unsubscribeByToken } from '../../../../distribution/unsubscribe'

type Context = { params: Promise<{ token: string }> }

const escape = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

const page = (status: number, title: string, body: string) =>
  new Response(
    `<!doctype html><html lang="pl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="robots" content="noindex"><title>${title}</title></head><body style="font-family:sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem">${body}</body></html>`,
    {
      status,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
    },
  )

const notFound = () =>
  page(404, 'Nie znaleziono / Not found', '<h1>Nie znaleziono / Not found</h1>')

/** The page behind the link: a button, so that link checkers opening the URL unsubscribe nobody. */
export const GET = async (_req: Request, { params }: Context) => {
  const { token } = await params
  if (!(await journalistToUnsubscribe(await getPayload({ config }), token))) return notFound()
  return page(
    200,
    'Wypisz się / Unsubscribe',
    `<h1>Wypisz się z listy / Unsubscribe</h1><form method="post"><button type="submit">Wypisz mnie / Unsubscribe me</button></form>`,
  )
}

/** One-click unsubscribe (RFC 8058: mail programs POST "List-Unsubscribe=One-Click" here). */
export const POST = async (_req: Request, { params }: Context) => {
  const { token } = await params
  const payload = await getPayload({ config })
  const result = await unsubscribeByToken(payload, token)
  if (!result.ok) return notFound()
  return page(
    200,
    'Wypisano / Unsubscribed',
    `<h1>Wypisano / Unsubscribed</h1><p>${escape(result.name)}: nie wyślemy już żadnej wiadomości. / We will send you nothing more.</p>`,
  )
}
