import type { Endpoint, PayloadRequest } from 'payload'

import { clientOf } from '../../../access/loginThrottle'
import { nowOf } from '../../../lib/clock'
import { handled } from '../../../lib/errorResponse'
import { UserError } from '../../../lib/errors'
import { createSignupLimiter } from '../../../distribution/signupLimit'
import { signupWords } from '../../../distribution/signupWords'
import {
  readSignupForm,
  recordSignup,
  sendConfirmation,
  type SignupForm,
} from '../../../distribution/subscribe'

const limiter = createSignupLimiter()

const isFormPost = (req: PayloadRequest) =>
  /^(application\/x-www-form-urlencoded|multipart\/form-data)/.test(
    req.headers.get('content-type') ?? '',
  )

const readForm = async (req: PayloadRequest): Promise<SignupForm> => {
  if (isFormPost(req)) return readSignupForm(await (req as unknown as Request).formData())
  let body: Record<string, unknown>
  try {
    const parsed = JSON.parse((await req.text?.()) || '{}')
    body = parsed && typeof parsed === 'object' ? parsed : {}
  } catch {
    throw new UserError('The body must be a form post or JSON: {"email", "name", "outlet"?, "languages"?, "topics"?}.')
  }
  return readSignupForm({ get: (k) => body[k], getAll: (k) => (k in body ? [body[k]] : []) })
}

const tooManyPage = (form: { locale: SignupForm['locale'] }, waitMs: number) => {
  const w = signupWords[form.locale]
  return new Response(
    `<!doctype html><html lang="${form.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="robots" content="noindex"><title>${w.title}</title></head><body style="font-family:sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem"><h1>${w.title}</h1><p role="alert">${w.tooMany}</p><p><a href="/${form.locale}/subscribe">${w.back}</a></p></body></html>`,
    {
      status: 429,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Retry-After': String(Math.ceil(waitMs / 1000)),
        'Cache-Control': 'no-store',
      },
    },
  )
}

/**
 * POST /api/journalists/subscribe — the newsroom's sign-up form (a form post, or JSON). Public.
 * Answers the same whatever the address's state (no enumeration): a form post is sent back to the
 * form with "check your mail", JSON gets 202 with the same words.
 */
export const subscribeEndpoint: Endpoint = {
  path: '/subscribe',
  method: 'post',
  handler: handled(async (req) => {
    const form = await readForm(req)
    const w = signupWords[form.locale]
    const waitMs = limiter.attempt(clientOf(req.headers), nowOf(req).getTime())
    if (waitMs > 0) {
      if (isFormPost(req)) return tooManyPage(form, waitMs)
      return Response.json(
        { errors: [{ message: w.tooMany }] },
        { status: 429, headers: { 'Retry-After': String(Math.ceil(waitMs / 1000)) } },
      )
    }
    const back = (status: string) =>
      new Response(null, {
        status: 303,
        headers: { Location: `/${form.locale}/subscribe?status=${status}` },
      })
    let toMail
    try {
      toMail = await recordSignup(req.payload, form)
    } catch (error) {
      if (error instanceof UserError && isFormPost(req)) return back('invalid')
      throw error
    }
    if (toMail) {
      // Not awaited: how long the mail takes must not tell a new address from a known one.
      void sendConfirmation(req.payload, toMail, form.locale, nowOf(req)).catch((err) =>
        req.payload.logger.error({ err }, 'The sign-up confirmation mail could not be sent'),
      )
    }
    return isFormPost(req) ? back('sent') : Response.json({ message: w.sent }, { status: 202 })
  }),
}
