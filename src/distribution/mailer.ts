import type { EmailAdapter } from 'payload'

import nodemailer from 'nodemailer'

import { saveOutboxMessage } from '../storage/outbox'
import { mailFrom } from './settings'

export type SentMail = { messageId: string; file?: string }

/**
 * Payload's e-mail adapter over nodemailer: SMTP from SMTP_URL, or, with none, each message
 * written whole as an .eml file to the outbox folder, so the whole flow works with nothing set up.
 * (The published @payloadcms/email-nodemailer pins payload 3.90.1 as a peer, so we cannot use it
 * next to payload 3.90.2; this is the same few lines.)
 */
export const pressroomMailer = (smtpUrl = process.env.SMTP_URL): EmailAdapter<SentMail> => {
  const from = mailFrom()
  const transport = smtpUrl
    ? nodemailer.createTransport(smtpUrl)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' })
  return () => ({
    name: smtpUrl ? 'smtp' : 'outbox',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message) => {
      const info = await transport.sendMail({ from, ...message })
      if (smtpUrl) return { messageId: info.messageId }
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${info.messageId.replace(/[^\w.-]/g, '')}.eml`
      const file = await saveOutboxMessage(name, (info as unknown as { message: Buffer }).message)
      return { messageId: info.messageId, file }
    },
  })
}
