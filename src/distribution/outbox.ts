import libmime from 'libmime'
import fs from 'node:fs/promises'
import path from 'node:path'

import { outboxDir } from './settings'

export type OutboxMessage = { file: string; to: string; subject: string; date: string | null }

/** Only the header block: a message body can be long and is not listed. */
const headerBlock = async (file: string): Promise<string> => {
  const handle = await fs.open(file, 'r')
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(16_384), 0, 16_384, 0)
    const text = buffer.subarray(0, bytesRead).toString('utf8')
    const end = text.search(/\r?\n\r?\n/)
    return end === -1 ? text : text.slice(0, end)
  } finally {
    await handle.close()
  }
}

const first = (headers: Record<string, unknown[]>, name: string): string => {
  const value = headers[name]?.[0]
  return typeof value === 'string' ? libmime.decodeWords(value).trim() : ''
}

/**
 * The messages written to the outbox (no SMTP_URL): who, what, when, newest first. With
 * `release`, only that release's (its id is in each Message-ID, src/distribution/message.ts).
 */
export const listOutbox = async (
  options: { release?: number | string; limit?: number } = {},
): Promise<OutboxMessage[]> => {
  const dir = outboxDir()
  const names = await fs.readdir(dir).catch(() => [] as string[])
  // File names start with the time they were written: newest first, the last 1000 looked at.
  const newest = names
    .filter((n) => n.endsWith('.eml'))
    .sort()
    .reverse()
    .slice(0, 1000)
  const ofRelease = new RegExp(`\\.release-${String(options.release).replace(/\W/g, '')}@`)
  const messages = await Promise.all(
    newest.map(async (name) => {
      const headers = libmime.decodeHeaders(await headerBlock(path.join(dir, name))) as Record<
        string,
        unknown[]
      >
      const date = first(headers, 'date')
      return {
        file: name,
        to: first(headers, 'to'),
        subject: first(headers, 'subject'),
        date: date && Number.isFinite(Date.parse(date)) ? new Date(date).toISOString() : null,
        messageId: first(headers, 'message-id'),
      }
    }),
  )
  return messages
    .filter((m) => options.release === undefined || ofRelease.test(m.messageId))
    .slice(0, options.limit ?? 200)
    .map(({ messageId: _, ...m }) => m)
}
