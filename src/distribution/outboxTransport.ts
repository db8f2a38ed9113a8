import type { SentMessageInfo, Transport } from 'nodemailer'

import { saveOutboxMessage } from '../storage/outbox'

export type OutboxInfo = { messageId: string; envelope: object; file: string }

/**
 * A nodemailer transport that writes each message whole, as nodemailer would send it, to an .eml
 * file in $PRESSROOM_DATA_DIR/outbox/ (or the bucket's outbox/ with S3): the embedded default,
 * where no SMTP server is set up.
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
        const stamp = new Date().toISOString().replace(/[:.]/g, '-')
        const file = await saveOutboxMessage(
          `${stamp}-${messageId.replace(/[^\w.-]/g, '')}.eml`,
          eml,
        )
        const info: OutboxInfo = { messageId, envelope: message.getEnvelope(), file }
        callback(null, info)
      } catch (failure) {
        callback(failure as Error, undefined)
      }
    })
  },
}
