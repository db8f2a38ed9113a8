import config from '@payload-config'
import { getPayload } from 'payload'

import { fill, siteWords } from '../../../../../newsroom/words'
import { confirmByToken, journalistToConfirm } from '../../../../../distribution/subscribe'
import { escapeHtml } from '../../../../../lib/escapeHtml'
import { journalistLocale } from '../../../../../lib/locales'
import { linkNotFoundPage, plainPage } from '../../../../../distribution/plainPage'

type Context = { params: Promise<{ token: string }> }

/**
 * The link in the confirmation mail opens a button, not the confirmation itself: mail scanners
 * that open every link must not subscribe anyone.
 */
export const GET = async (_req: Request, { params }: Context) => {
  const { token } = await params
  const journalist = await journalistToConfirm(await getPayload({ config }), token)
  if (!journalist) return linkNotFoundPage()
  const locale = journalistLocale(journalist)
  const w = siteWords(locale).signup
  return plainPage(
    200,
    locale,
    w.confirmTitle,
    `<h1>${escapeHtml(w.confirmTitle)}</h1><p>${escapeHtml(fill(w.confirmText, { email: journalist.email }))}</p><form method="post"><button type="submit">${escapeHtml(w.confirmButton)}</button></form>`,
  )
}

/** Confirms the sign-up (pending → confirmed, with the time) and shows the newsroom's form page. */
export const POST = async (_req: Request, { params }: Context) => {
  const { token } = await params
  const result = await confirmByToken(await getPayload({ config }), token)
  if (!result.ok) return linkNotFoundPage()
  return new Response(null, {
    status: 303,
    headers: { Location: `/${result.locale}/subscribe?status=confirmed` },
  })
}
