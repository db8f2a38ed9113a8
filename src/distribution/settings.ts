import path from 'node:path'

/** PRESSROOM_PUBLIC_URL without a trailing slash: the base of every link in a mail. */
export const publicUrl = (): string =>
  (process.env.PRESSROOM_PUBLIC_URL || `http://localhost:${process.env.PORT || 3000}`).replace(
    /\/+$/,
    '',
  )

/** Our domain, for Message-IDs and the default sender. */
export const mailDomain = (): string => new URL(publicUrl()).hostname

export type MailFrom = { name: string; address: string }

/** PRESSROOM_MAIL_FROM ("Biuro Prasowe <prasa@krakow.test>" or a bare address). */
export const mailFrom = (): MailFrom => {
  const value = process.env.PRESSROOM_MAIL_FROM?.trim()
  if (!value) return { name: 'Pressroom', address: `pressroom@${mailDomain()}` }
  const named = /^(.*)<([^>]+)>$/.exec(value)
  if (named) return { name: named[1].trim().replace(/^"|"$/g, ''), address: named[2].trim() }
  return { name: 'Pressroom', address: value }
}

/**
 * Who a journalist's mail is from: the name PRESSROOM_MAIL_FROM gives, else the office's own name
 * (what the journalist knows it by), never the software's; the address from mailFrom.
 */
export const senderFor = (officeName?: string | null): MailFrom => {
  const from = mailFrom()
  const named = /<[^>]+>\s*$/.test(process.env.PRESSROOM_MAIL_FROM?.trim() ?? '')
  return named || !officeName?.trim() ? from : { ...from, name: officeName.trim() }
}

/** Where messages go when there is no SMTP_URL: whole .eml files, one per message. */
export const outboxDir = (): string =>
  path.resolve(/*turbopackIgnore: true*/ process.env.PRESSROOM_DATA_DIR || 'data', 'outbox')

/** Messages a second at most (PRESSROOM_MAIL_RATE, default 10; 0 = no limit). */
export const mailRate = (): number => {
  const value = Number(process.env.PRESSROOM_MAIL_RATE ?? 10)
  return Number.isFinite(value) && value >= 0 ? value : 10
}

/** How long a personal link works (PRESSROOM_LINK_DAYS, default 30 days). */
export const linkLifetimeMs = (): number =>
  Number(process.env.PRESSROOM_LINK_DAYS || 30) * 86_400_000
