import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer, { type Transporter } from 'nodemailer'
import net from 'node:net'

import { mailFrom } from './settings'
import { outboxTransport } from './outboxTransport'

type SocketOptions = {
  host?: string
  port?: number | string
  secure?: boolean
  connectionTimeout?: number
}
type SocketCallback = (error: Error | null, socket?: { connection: net.Socket }) => void

/**
 * Opens the SMTP server's TCP connection with Nagle's algorithm off. Nodemailer writes a message
 * in several small pieces and waits for the reply; with Nagle on, the last piece waited for the
 * server's delayed ACK, about 40 ms a message (a local sink took 46 ms a message, 5.5 without).
 * TLS (smtps, STARTTLS) is still set up by nodemailer on top of this socket.
 */
export const connectWithoutDelay = (options: SocketOptions, callback: SocketCallback) => {
  const port = Number(options.port) || (options.secure ? 465 : 587)
  const socket = net.connect({ host: options.host || 'localhost', port, noDelay: true })
  const fail = (error: Error) => {
    socket.destroy()
    callback(error)
  }
  socket.setTimeout(options.connectionTimeout ?? 120_000, () =>
    fail(Object.assign(new Error('Connection timeout'), { code: 'ETIMEDOUT' })),
  )
  socket.once('error', fail)
  socket.once('connect', () => {
    socket.off('error', fail)
    socket.setTimeout(0)
    callback(null, { connection: socket })
  })
}

/**
 * SMTP from SMTP_URL as a pool: one connection carries many messages (a new connection and
 * greeting per message was most of a send's time). `?pool=false` in the URL turns it off.
 */
export const smtpTransport = (smtpUrl: string): Transporter => {
  const url = new URL(smtpUrl)
  if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true')
  const transport = nodemailer.createTransport(url.toString())
  // Nodemailer takes its options from the URL alone; its socket hook is set on the transport.
  Object.assign(transport.transporter, { getSocket: connectWithoutDelay })
  return transport
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
    transport: smtpUrl ? smtpTransport(smtpUrl) : nodemailer.createTransport(outboxTransport),
    // Checking the server at boot would hold up every start (and every CLI) on a slow relay; a
    // send that fails is retried and recorded on its delivery.
    skipVerify: true,
  })
}
