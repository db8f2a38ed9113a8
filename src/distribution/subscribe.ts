import type { Payload } from 'payload'

import type { Journalist } from '../payload-types'

import { UserError } from '../lib/errors'
import { loadOffice } from '../generator/loadRelease'
import { siteWords } from '../newsroom/words'
import { defaultLocale, isLocale, journalistLocale, type Locale } from '../lib/locales'
import { mailLabels } from './message'
import { publicUrl, senderFor } from './settings'
import { tokenFitsRow, tokenFor, tokenLifetimeMs, verifyToken } from './token'
import { escapeHtml } from '../lib/escapeHtml'

export type SignupForm = {
  email: string
  name: string
  outlet: string
  languages: Locale[]
  topics: string[]
  locale: Locale
  /** The honeypot: a field people never see, so anything in it was filled in by a script. */
  trap: string
}

type Fields = { get: (name: string) => unknown; getAll: (name: string) => unknown[] }

const text = (value: unknown, max: number) =>
  typeof value === 'string' ? value.trim().slice(0, max) : ''

const list = (values: unknown[]) =>
  values
    .flatMap((v) => (Array.isArray(v) ? v : [v]))
    .map((v) => text(v, 100))
    .filter(Boolean)

/** The form's fields, from a form post or a JSON body, trimmed and bounded. */
export const readSignupForm = (fields: Fields): SignupForm => {
  const locale = isLocale(fields.get('locale')) ? (fields.get('locale') as Locale) : defaultLocale
  // The page's language first when ticked: the mail, the confirmation page and every release
  // then come in the language the journalist was reading (journalistLocale).
  const ticked = [...new Set(list(fields.getAll('languages')).filter(isLocale))]
  const languages = ticked.includes(locale)
    ? [locale, ...ticked.filter((l) => l !== locale)]
    : ticked
  return {
    email: text(fields.get('email'), 254).toLowerCase(),
    name: text(fields.get('name'), 200),
    outlet: text(fields.get('outlet'), 200),
    languages: languages.length ? languages : [locale],
    topics: [...new Set(list(fields.getAll('topics')))].slice(0, 50),
    locale,
    trap: text(fields.get('website'), 200),
  }
}

/** A plain address check; the confirmation mail is the real one. */
export const looksLikeEmail = (email: string) =>
  /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/.test(email)

export const confirmToken = (journalist: Pick<Journalist, 'id' | 'tokenKey'>, now: Date): string =>
  tokenFor('confirm', journalist, new Date(now.getTime() + tokenLifetimeMs.confirm))

/** The double opt-in mail: one signed link, and nothing else is sent until it is used. */
export const sendConfirmation = async (
  payload: Payload,
  journalist: Pick<Journalist, 'id' | 'name' | 'email'> & Partial<Pick<Journalist, 'tokenKey'>>,
  locale: Locale,
  now: Date = new Date(),
) => {
  const w = mailLabels(locale)
  // A row read with the caller's access comes without its key (no one reads it over the API).
  const tokenKey =
    journalist.tokenKey ??
    (
      await payload.findByID({
        collection: 'journalists',
        id: journalist.id,
        depth: 0,
        overrideAccess: true,
        select: { tokenKey: true },
      })
    ).tokenKey
  const link = `${publicUrl()}/subscribe/confirm/${confirmToken({ id: journalist.id, tokenKey }, now)}`
  const greeting = w.confirmGreeting.replace('{name}', journalist.name)
  const sender = senderFor((await loadOffice(payload, locale)).officeName)
  const office = sender.name
  const p = (text: string, style = '') =>
    `<p${style && ` style="${style}"`}>${escapeHtml(text).replaceAll('\n', '<br>')}</p>`
  const small = 'font-size:.9em;color:#555'
  const button =
    'display:inline-block;background:#0b4f8a;color:#fff;padding:.6em 1.2em;' +
    'text-decoration:none;border-radius:4px'
  await payload.sendEmail({
    from: sender,
    to: { name: journalist.name, address: journalist.email },
    subject: w.confirmSubject,
    text: [greeting, '', w.confirmBody, link, '', w.confirmIgnore, '', w.closing, office, ''].join(
      '\n',
    ),
    html: [
      `<!doctype html><html lang="${locale}"><body style="font-family:Arial,sans-serif;`,
      'line-height:1.5;color:#1a1a1a;max-width:36rem">',
      p(greeting),
      p(w.confirmBody),
      `<p><a href="${link}" style="${button}">${escapeHtml(w.confirmButton)}</a></p>`,
      p(link, small),
      p(w.confirmIgnore, small),
      p(`${w.closing}\n${office}`),
      '</body></html>',
    ].join(''),
    headers: { 'Auto-Submitted': 'auto-generated' },
  })
}

/** Refuses a form without a plausible address or a name (before anything is counted or written). */
export const checkSignupForm = (form: SignupForm): void => {
  if (!looksLikeEmail(form.email) || !form.name)
    throw new UserError(siteWords(form.locale).signup.invalid)
}

/**
 * A sign-up from the newsroom form. Whatever the address's state, the caller answers the same:
 * a new address is recorded `pending` (source: sign-up form) and gets the confirmation mail; a
 * pending one gets the mail again; an unsubscribed one is pending again and gets it; a confirmed
 * one is left exactly as it is and gets nothing. Returns who is to be mailed, if anyone.
 */
export const recordSignup = async (
  payload: Payload,
  form: SignupForm,
): Promise<Pick<Journalist, 'id' | 'name' | 'email' | 'tokenKey'> | null> => {
  checkSignupForm(form)
  if (form.trap) return null
  const existing = async () =>
    (
      await payload.find({
        collection: 'journalists',
        where: { email: { equals: form.email } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0]
  const found = await existing()
  if (!found) {
    try {
      return await payload.create({
        collection: 'journalists',
        data: {
          name: form.name,
          email: form.email,
          outlet: form.outlet || null,
          languages: form.languages,
          topics: form.topics,
          consent: 'pending',
          consentSource: 'sign-up',
        },
        overrideAccess: true,
        depth: 0,
      })
    } catch (error) {
      // The same address signed up at the same moment: the unique index kept one.
      if (await existing()) return null
      throw error
    }
  }
  if (found.consent === 'confirmed') return null
  if (found.consent === 'unsubscribed') {
    await payload.update({
      collection: 'journalists',
      id: found.id,
      data: { consent: 'pending', consentSource: 'sign-up' },
      overrideAccess: true,
      depth: 0,
    })
  }
  return found
}

export type ConfirmResult = { ok: true; email: string; locale: Locale } | { ok: false }

/** The journalist a confirmation link is for, while it may still confirm; null says nothing why. */
export const journalistToConfirm = async (payload: Payload, token: string, now = new Date()) => {
  const claims = verifyToken('confirm', token, now)
  if (!claims) return null
  const journalist = await payload
    .findByID({ collection: 'journalists', id: claims.subject, depth: 0, overrideAccess: true })
    .catch(() => null)
  if (!journalist || !tokenFitsRow('confirm', claims, journalist)) return null
  // An old link does not undo an unsubscribe made after it was sent.
  if (journalist.consent === 'unsubscribed') return null
  return journalist
}

/** Confirms a sign-up from the link in its mail: pending → confirmed, with the time. */
export const confirmByToken = async (
  payload: Payload,
  token: string,
  now = new Date(),
): Promise<ConfirmResult> => {
  const journalist = await journalistToConfirm(payload, token, now)
  if (!journalist) return { ok: false }
  if (journalist.consent === 'pending') {
    await payload.update({
      collection: 'journalists',
      id: journalist.id,
      data: { consent: 'confirmed' },
      overrideAccess: true,
      depth: 0,
    })
  }
  return { ok: true, email: journalist.email, locale: journalistLocale(journalist) }
}
