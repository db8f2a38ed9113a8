import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer, { type Transporter } from 'nodemailer'

import { mailFrom } from './settings'
import { outboxTransport } from './outboxTransport'

/**
 * SMTP from SMTP_URL as a pool: one connection carries many messages (a new connection and
 * greeting per message was most of a send's time). `?pool=false` in the URL turns it off.
 */
export const smtpTransport = (smtpUrl: string): Transporter => {
  const url = new URL(smtpUrl)
  if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true')
  return nodemailer.createTransport(url.toString())
}

/**
 * Payload's nodemailer adapter: SMTP from SMTP_URL, or, with none, each message written whole as
 * an .eml file to the outbox folder, so the whole flow works with nothing set up.
 */
export const pressroomMailer = (smtpUrl = process.env.SMTP_URL) => {
  const from = mailFrom()
  return nodemailerAdapter({
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    transport: smtpUrl
      ? smtpTransport(smtpUrl)
      : nodemailer.createTransport(outboxTransport),
    // Checking the server at boot would hold up every start (and every CLI) on a slow relay; a
    // send that fails is retried and recorded on its delivery.
    skipVerify: true,
  })
}
