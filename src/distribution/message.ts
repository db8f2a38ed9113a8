import Handlebars from 'handlebars'
import juice from 'juice'
import fs from 'node:fs'
import path from 'node:path'

import { intlLocaleOf, type Locale } from '../lib/locales'
import type { Journalist, PressOffice, PressRelease } from '../payload-types'
import type { ReleaseView } from '../generator/view'

import { formatZone } from '../generator/dates'
import { embargoOf } from '../lib/embargo'
import { absoluteNoticeLink, emergencyNotice } from '../crisis/emergency'
import { siteWords } from '../newsroom/words'
import { officeTimezone } from '../lib/settings'
import { templatePath } from '../generator/paths'
import { buildReleaseView } from '../generator/releaseView'
import { releaseText } from '../generator/text'
import { mailDomain, publicUrl } from './settings'

export type MailLabels = {
  subjectEmbargo: string
  /** Before the headline of a mail announcing a correction or an update of a release sent before. */
  subjectCorrection: string
  subjectUpdate: string
  personalNote: string
  downloads: string
  page: string
  why: string
  unsubscribe: string
  preparedFor: string
  /** The sign-up confirmation mail (src/distribution/subscribe.ts). */
  confirmSubject: string
  /**
   * The salutation line, `{name}` for the name where the language puts it there: a Polish office
   * letter greets without the name ("Dzień dobry Jan Kowalski" reads badly).
   */
  confirmGreeting: string
  confirmBody: string
  confirmButton: string
  confirmIgnore: string
  closing: string
}

let labels: Record<Locale, MailLabels> | undefined
export const mailLabels = (locale: Locale): MailLabels =>
  (labels ??= JSON.parse(fs.readFileSync(templatePath('email', 'labels.json'), 'utf8')))[locale]

type EmailView = ReleaseView & {
  preDelivery: boolean
  /** The emergency notice while it is on, for the footer. */
  notice: MailNotice | null
  mail: MailLabels
  recipient: string
  links: Record<'page' | 'pdf' | 'html' | 'txt' | 'unsubscribe', string>
}

let compiled: Handlebars.TemplateDelegate<EmailView> | undefined
let css: string | undefined

/** The e-mail layout, with the export templates' partials, compiled once like the generator's. */
const emailTemplate = () => {
  if (compiled) return compiled
  const env = Handlebars.create()
  const dir = templatePath('partials')
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.hbs'))) {
    env.registerPartial(path.basename(file, '.hbs'), fs.readFileSync(path.join(dir, file), 'utf8'))
  }
  css = fs.readFileSync(templatePath('styles', 'email.css'), 'utf8')
  compiled = env.compile<EmailView>(fs.readFileSync(templatePath('layouts', 'email.hbs'), 'utf8'), {
    strict: true,
    preventIndent: true,
  })
  return compiled
}

/** "26.11.2026, 10:00 CET": short enough for a subject line. */
export const subjectMoment = (iso: string, locale: Locale, timeZone: string): string => {
  const date = new Intl.DateTimeFormat(intlLocaleOf(locale), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone,
  })
    .format(new Date(iso))
    .replace(/\//g, '.')
  return `${date} ${formatZone(iso, timeZone)}`
}

export type MailInput = {
  release: PressRelease
  office: PressOffice
  locale: Locale
  journalist: Pick<Journalist, 'name' | 'email' | 'outlet'>
  preDelivery: boolean
  deliveryId: number | string
  /** The personal link token (/r/{token}) and the unsubscribe token (/u/{token}). */
  linkToken: string
  unsubscribeToken: string
  /** A correction mail: the kind of the change it announces (its note is under the headline). */
  correction?: 'update' | 'correction' | null
}

export type Mail = {
  to: { name: string; address: string }
  subject: string
  html: string
  text: string
  messageId: string
  headers: Record<string, string>
}

const notPersonal = { stylesheets: [], imageSrc: () => null }

type SharedParts = { view: ReleaseView; text: string }
const sharedParts = new WeakMap<PressRelease, Map<Locale, SharedParts>>()

/**
 * The view model and plain text of a release, made once per loaded release and language: every
 * recipient of a send shares them (the sender loads each release once per run).
 */
const partsFor = (release: PressRelease, office: PressOffice, locale: Locale): SharedParts => {
  let byLocale = sharedParts.get(release)
  if (!byLocale) sharedParts.set(release, (byLocale = new Map()))
  let parts = byLocale.get(locale)
  if (!parts) {
    const view = buildReleaseView(release, {
      locale,
      office,
      // No remote images in a mail: photos are listed with their captions, not loaded.
      assets: notPersonal,
      draft: false,
    })
    parts = { view, text: releaseText(view) }
    byLocale.set(locale, parts)
  }
  return parts
}

/** Stand-ins for the personal parts, so one rendered and inlined page serves every recipient. */
const slot = {
  recipient: 'PRESSROOM-RECIPIENT-SLOT',
  personal: 'https://personal.invalid/link',
  unsubscribe: 'https://personal.invalid/unsubscribe',
}

const shared = new Map<string, string>()

/**
 * The page rendered and its CSS inlined once per release version, language and kind: inlining
 * (juice) is most of the work of a message, and it is the same for every recipient.
 */
const sharedHtml = (
  view: ReleaseView,
  release: PressRelease,
  locale: Locale,
  preDelivery: boolean,
  notice: MailNotice | null,
) => {
  const key = [view.version, release.updatedAt, locale, preDelivery, JSON.stringify(notice)].join(
    '|',
  )
  let html = shared.get(key)
  if (html === undefined) {
    html = juice(
      emailTemplate()({
        ...view,
        preDelivery,
        notice,
        mail: mailLabels(locale),
        recipient: slot.recipient,
        links: {
          page: slot.personal,
          pdf: `${slot.personal}/pdf`,
          html: `${slot.personal}/html`,
          txt: `${slot.personal}/txt`,
          unsubscribe: slot.unsubscribe,
        },
      }),
      // Inlined into every element: many mail programs drop <style> blocks.
      { extraCss: css },
    )
    if (shared.size > 50) shared.clear()
    shared.set(key, html)
  }
  return html
}

type MailNotice = {
  kindName: string
  heading: string
  text: string
  link: string | null
  linkWords: string
}

/** The emergency notice for the footer of a mail sent while it is on (links made absolute). */
const mailNotice = (office: PressOffice, locale: Locale, base: string): MailNotice | null => {
  const notice = emergencyNotice(office, locale)
  if (!notice) return null
  const { kindName, heading, text } = notice
  return {
    kindName,
    heading,
    text,
    link: absoluteNoticeLink(notice.link, base),
    linkWords: siteWords(locale).emergency.more,
  }
}

/** The whole message for one delivery: the same view model as the exports, in an e-mail layout. */
export const buildMail = (input: MailInput): Mail => {
  const { release, office, locale, journalist, preDelivery } = input
  const { view, text: releaseBody } = partsFor(release, office, locale)
  const mail = mailLabels(locale)
  const base = publicUrl()
  const personal = `${base}/r/${input.linkToken}`
  const unsubscribe = `${base}/u/${input.unsubscribeToken}`
  const recipient = [journalist.name, journalist.outlet && `(${journalist.outlet})`]
    .filter(Boolean)
    .join(' ')
  const notice = mailNotice(office, locale, base)
  const html = sharedHtml(view, release, locale, preDelivery, notice)
    .replaceAll(slot.recipient, Handlebars.escapeExpression(recipient))
    .replaceAll(slot.personal, personal)
    .replaceAll(slot.unsubscribe, unsubscribe)
  const text = [
    ...(preDelivery ? [mail.personalNote, ''] : []),
    releaseBody,
    '',
    `${mail.downloads}:`,
    `${mail.page}: ${personal}`,
    `PDF: ${personal}/pdf`,
    `HTML: ${personal}/html`,
    `TXT: ${personal}/txt`,
    '',
    `${mail.why} ${recipient}. ${mail.unsubscribe}: ${unsubscribe}`,
    ...(notice
      ? [
          '',
          `${notice.kindName.toUpperCase()}: ${notice.heading}`,
          ...[notice.text, notice.link].filter(Boolean),
        ]
      : []),
    '',
  ].join('\n')
  const embargo = embargoOf(release)
  const subject = input.correction
    ? `${input.correction === 'correction' ? mail.subjectCorrection : mail.subjectUpdate}: ${release.headline}`
    : preDelivery && embargo
      ? `${mail.subjectEmbargo} ${subjectMoment(embargo.until, locale, officeTimezone(office.timezone))} — ${release.headline}`
      : release.headline
  const domain = mailDomain()
  return {
    to: { name: journalist.name, address: journalist.email },
    subject,
    html,
    text,
    // One id per delivery: if a crash ever makes us send a delivery twice, mail programs see one message.
    messageId: `<delivery-${input.deliveryId}.release-${release.id}@${domain}>`,
    headers: {
      'List-Unsubscribe': `<${unsubscribe}>, <mailto:unsubscribe@${domain}?subject=unsubscribe%20${encodeURIComponent(input.unsubscribeToken)}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Auto-Submitted': 'auto-generated',
    },
  }
}
