import fs from 'node:fs/promises'
import path from 'node:path'

import { outboxDir } from '../distribution/settings'
import { s3Client, s3Settings } from './s3'

/**
 * Keeps one outgoing message (an .eml file) when there is no SMTP server: in the bucket under
 * `outbox/` when S3_BUCKET is set (every instance's mail in one place), else in the outbox folder.
 * Returns where it went: a file path, or `s3://bucket/outbox/<name>`.
 */
export const saveOutboxMessage = async (name: string, message: Uint8Array): Promise<string> => {
  const safeName = path.basename(name)
  const s3 = s3Settings()
  if (s3) {
    const key = `outbox/${safeName}`
    await s3Client(s3).putObject({
      Bucket: s3.bucket,
      Key: key,
      Body: message,
      ContentType: 'message/rfc822',
    })
    return `s3://${s3.bucket}/${key}`
  }
  const dir = outboxDir()
  await fs.mkdir(dir, { recursive: true })
  const file = path.join(dir, safeName)
  await fs.writeFile(file, message)
  return file
}
