import type { Payload } from 'payload'

import { type ChildProcess, spawn } from 'node:child_process'

import type { Row } from './measure'

import { distributeRelease } from '../../src/distribution/distribute'
import { sendDueDeliveries } from '../../src/distribution/sendDue'
import { staffLogin } from './content'
import { met, mib, now, stage } from './measure'

export type MailSink = { url: string; received: () => Promise<number>; stop: () => Promise<void> }

// The sink runs in a process of its own, as a real mail server would: parsing 1,000 messages
// in the sender's process would bill the sender for the receiver's work.
const sinkProcess = `
import { SMTPServer } from 'smtp-server'
let received = 0
const server = new SMTPServer({
  authOptional: true, disabledCommands: ['STARTTLS', 'AUTH'], logger: false, closeTimeout: 100,
  onData(stream, _session, callback) {
    stream.on('data', () => {})
    stream.on('end', () => { received++; callback() })
  },
})
server.listen(0, '127.0.0.1', () => process.send({ port: server.server.address().port }))
process.on('message', (m) => {
  if (m === 'count') process.send({ received })
  if (m === 'stop') server.close(() => process.exit(0))
})
`

const ask = <T>(child: ChildProcess, message: string, key: string) =>
  new Promise<T>((resolve) => {
    const on = (m: Record<string, T>) => {
      if (key in m) {
        child.off('message', on)
        resolve(m[key])
      }
    }
    child.on('message', on)
    if (message) child.send(message)
  })

/** A local SMTP server (its own process) that accepts every message and only counts them. */
export const startMailSink = async (): Promise<MailSink> => {
  const child = spawn(process.execPath, ['--input-type=module', '-e', sinkProcess], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const port = await ask<number>(child, '', 'port')
  return {
    url: `smtp://127.0.0.1:${port}`,
    received: () => ask<number>(child, 'count', 'received'),
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.send('stop')
      await exited
    },
  }
}

/**
 * Sends one published release to `recipients` journalists through the real sender (claims,
 * message building, SMTP_URL's transport, delivery records) with the rate limit off: messages a
 * second and the process's peak RSS while sending.
 */
export const mailSection = async (
  payload: Payload,
  sink: MailSink,
  releaseId: number,
  quick: boolean,
): Promise<Row[]> => {
  const recipients = quick ? 200 : 1000
  stage(`mail: ${recipients} journalists`)
  const members: number[] = []
  for (let i = 0; i < recipients; i++) {
    const j = await payload.create({
      collection: 'journalists',
      data: {
        name: `Dziennikarka ${i + 1}`,
        email: `dziennikarka${i + 1}@redakcja.example`,
        outlet: 'Redakcja testowa',
        languages: ['pl'],
        consent: 'confirmed',
        consentSource: 'staff',
      },
      overrideAccess: true,
      depth: 0,
    })
    members.push(j.id)
  }
  const list = await payload.create({
    collection: 'mailing-lists',
    data: { name: 'Bench', members },
    overrideAccess: true,
    depth: 0,
  })
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: staffLogin.email } },
    limit: 1,
    overrideAccess: true,
  })
  const queued = await distributeRelease(payload, {
    release: releaseId,
    request: { lists: [list.id] },
    user: docs[0],
  })
  stage(`mail: sending ${queued.recipients} messages to the local SMTP sink`)
  let peakRss = process.memoryUsage().rss
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20)
  const start = now()
  const cpuBefore = process.cpuUsage()
  let sent = 0
  try {
    for (let round = 0; sent < queued.recipients && round < 10; round++) {
      sent += (await sendDueDeliveries(payload, { limit: recipients })).sent
    }
  } finally {
    clearInterval(sampler)
  }
  const cpu = process.cpuUsage(cpuBefore)
  const cpuMsPerMessage = (cpu.user + cpu.system) / 1000 / Math.max(1, sent)
  const seconds = (now() - start) / 1000
  const rate = sent / seconds
  const received = await sink.received()
  return [
    [
      `mail: ${recipients.toLocaleString('en')} recipients, one release, rate limit off`,
      `${rate.toFixed(1)} msg/s (${seconds.toFixed(1)} s, ${received} received)`,
      '4–10 msg/s (measured before)',
      `≥ 50 msg/s: ${met(rate >= 50 && received === recipients)}`,
    ],
    // The machine is shared: CPU time per message says what one free core would do.
    [
      'mail: sender CPU time per message (user + system)',
      `${cpuMsPerMessage.toFixed(1)} ms (≈ ${(1000 / cpuMsPerMessage).toFixed(0)} msg/s on a free core)`,
      '',
      '',
    ],
    ['mail: peak RSS of the sending process', mib(peakRss), '', ''],
  ]
}
