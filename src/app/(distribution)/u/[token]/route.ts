import config from '@payload-config'
import { getPayload } from 'payload'

import { linkNotFoundPage, plainPage } from '../../../../distribution/plainPage'
import { journalistToUnsubscribe, unsubscribeByToken } from '../../../../distribution/unsubscribe'
import { escapeHtml } from '../../../../lib/escapeHtml'
import { journalistLocale } from '../../../../lib/locales'
import { fill, siteWords } from '../../../../newsroom/words'

type Context = { params: Promise<{ token: string }> }

/** The page behind the link: a button, so that link checkers opening the URL unsubscribe nobody. */
export const GET = async (_req: Request, { params }: Context) => {
  const { token } = await params
  const journalist = await journalistToUnsubscribe(await getPayload({ config }), token)
  if (!journalist) return linkNotFoundPage()
  const locale = journalistLocale(journalist)
  const w = siteWords(locale).unsubscribe
  return plainPage(
    200,
    locale,
    w.title,
    `<h1>${escapeHtml(w.title)}</h1><form method="post"><button type="submit">${escapeHtml(w.button)}</button></form>`,
  )
}

/** One-click unsubscribe (RFC 8058: mail programs POST "List-Unsubscribe=One-Click" here). */
export const POST = async (_req: Request, { params }: Context) => {
  const { token } = await params
  const payload = await getPayload({ config })
  const result = await unsubscribeByToken(payload, token)
  if (!result.ok) return linkNotFoundPage()
  const w = siteWords(result.locale).unsubscribe
  return plainPage(
    200,
    result.locale,
    w.done,
    `<h1>${escapeHtml(w.done)}</h1><p>${escapeHtml(fill(w.doneText, { name: result.name }))}</p>`,
  )
}
