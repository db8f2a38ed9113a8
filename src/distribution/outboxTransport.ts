import type { SentMessageInfo, Transport } from 'nodemailer'

import fs from 'node:fs/promises'
import path from 'node:path'

import { outboxDir } from './settings'

export type OutboxInfo = { messageId: string; envelope: object; file: string }

/**
 * A nodemailer transport that writes each message whole, as nodemailer would send it, to an .eml
 * file in $PRESSROOM_DATA_DIR/outbox/: the embedded default, where no SMTP server is set up.
 */
export const outboxTransport: Transport<SentMessageInfo> = {
  name: 'pressroom-outbox',
  version: '1',
  send(mail, callback) {
    const message = mail.message
    message.build(async (error, eml) => {
      if (error) return callback(error, undefined)
      try {
        const messageId = message.messageId()
        const dir = outboxDir()
        await fs.mkdir(dir, { recursive: true })
        const stamp = new Date().toISOString().replace(/[:.]/g, '-')
        const file = path.join(dir, `${stamp}-${messageId.replace(/[^\w.-]/g, '')}.eml`)
        await fs.writeFile(file, eml)
        const info: OutboxInfo = { messageId, envelope: message.getEnvelope(), file }
        callback(null, info)
      } catch (failure) {
        callback(failure as Error, undefined)
      }
    })
  },
}
