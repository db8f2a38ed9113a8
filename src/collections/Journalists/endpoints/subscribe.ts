import type { Endpoint, PayloadRequest } from 'payload'

import { clientOf } from '../../../lib/clientAddress'
import { nowOf } from '../../../lib/clock'
import { handled } from '../../../lib/errorResponse'
import { UserError } from '../../../lib/errors'
import { createWorkQueue } from '../../../lib/workQueue'
import { createSignupLimiter, recipientSignupLimits } from '../../../distribution/signupLimit'
import { siteWords } from '../../../newsroom/words'
import {
  checkSignupForm,
  readSignupForm,
  recordSignup,
  sendConfirmation,
  type SignupForm,
} from '../../../distribution/subscribe'
import { journalistLocale } from '../../../lib/locales'

const perClient = createSignupLimiter()
const perRecipient = createSignupLimiter(recipientSignupLimits)
let queue: ReturnType<typeof createWorkQueue> | null = null

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
    throw new UserError(
      'The body must be a form post or JSON: {"email", "name", "outlet"?, "languages"?, "topics"?}.',
    )
  }
  return readSignupForm({ get: (k) => body[k], getAll: (k) => (k in body ? [body[k]] : []) })
}

const tooManyPage = (form: { locale: SignupForm['locale'] }, waitMs: number) => {
  const w = siteWords(form.locale).signup
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
 * form with "check your mail", JSON gets 202 with the same words, before the sign-up is recorded
 * (queued: its time must not tell one state from another). Past an address's daily limit the
 * answer is the same and nothing is done.
 */
export const subscribeEndpoint: Endpoint = {
  path: '/subscribe',
  method: 'post',
  handler: handled(async (req) => {
    const form = await readForm(req)
    const w = siteWords(form.locale).signup
    const client = clientOf(req.headers)
    const now = nowOf(req)
    const waitMs = perClient.attempt(client, now.getTime())
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
    try {
      checkSignupForm(form)
    } catch (error) {
      if (error instanceof UserError && isFormPost(req)) return back('invalid')
      throw error
    }
    const { payload } = req
    queue ??= createWorkQueue((err) =>
      payload.logger.error({ err }, 'A sign-up could not be recorded or its mail sent'),
    )
    const queued =
      !form.trap &&
      perRecipient.attempt(form.email, now.getTime()) === 0 &&
      queue.add(async () => {
        const toMail = await recordSignup(payload, form)
        if (toMail) await sendConfirmation(payload, toMail, journalistLocale(form), now)
      })
    if (!queued && !form.trap) {
      payload.logger.warn(
        `A sign-up from ${client} was not recorded: its address's daily limit or the queue is full`,
      )
    }
    return isFormPost(req) ? back('sent') : Response.json({ message: w.sent }, { status: 202 })
  }),
}
