import { simpleParser, type ParsedMail } from 'mailparser'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export type Received = { envelopeTo: string[]; raw: string; mail: ParsedMail }

/**
 * A real SMTP server on a free local port that keeps every message it accepts. `refuse` makes
 * it answer RCPT TO for an address with the given codes, one per attempt, before accepting.
 */
export const startSmtp = async () => {
  const received: Received[] = []
  const refusals = new Map<string, number[]>()
  const waiters: { count: number; resolve: () => void }[] = []
  let hold: ((release: () => void) => void) | undefined
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    // The app's pooled SMTP connections stay open; on stop, close them at once, not after 30 s.
    closeTimeout: 100,
    onRcptTo(address, _session, callback) {
      const codes = refusals.get(address.address.toLowerCase())
      const code = codes?.shift()
      if (code) {
        const error = Object.assign(
          new Error(code >= 500 ? 'Mailbox unavailable' : 'Try again later'),
          { responseCode: code },
        )
        return callback(error)
      }
      callback()
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        const accept = async () => {
          received.push({
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            raw,
            mail: await simpleParser(raw),
          })
          for (const w of waiters.filter((w) => received.length >= w.count)) w.resolve()
          callback()
        }
        if (hold) hold(() => void accept())
        else await accept()
      })
    },
  })
  // A sender killed mid-send resets its pooled connections; that is the test's doing, not a fault.
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ECONNRESET') throw error
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuse: (address: string, ...codes: number[]) => refusals.set(address.toLowerCase(), codes),
    /** Holds each message before the 250 reply; `onHeld` decides when (or whether) to accept it. */
    holdEach: (onHeld: ((release: () => void) => void) | undefined) => (hold = onHeld),
    waitFor: (count: number) =>
      new Promise<void>((resolve) => {
        if (received.length >= count) resolve()
        else waiters.push({ count, resolve })
      }),
    to: (address: string) => received.filter((r) => r.envelopeTo.includes(address.toLowerCase())),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export type TestSmtp = Awaited<ReturnType<typeof startSmtp>>
